package org.hearth.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;

/**
 * Deployed with the shared test server only: what {@link SessionSerialisationCheck} has seen, as
 * text — a line of the attribute names serialised, then one line per failure.
 */
@WebServlet("/test-only/session-check")
public class SessionCheckServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder body =
        new StringBuilder(
            "checked " + String.join(" ", new TreeSet<>(SessionSerialisationCheck.CHECKED)) + "\n");
    SessionSerialisationCheck.FAILURES.forEach(f -> body.append("failed ").append(f).append('\n'));
    response.getWriter().write(body.toString());
  }
}
