package org.hearth.infrastructure.startup;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Until start-up has run (schema, content, first accounts), every request is answered 503 with
 * Retry-After and a short calm page, instead of reaching Faces half initialised: after a restart
 * under load, requests that arrived early got 500s and a stack trace each in the log. Health checks
 * pass through, so a balancer still learns when Hearth is ready.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StartingFilter extends HttpFilter {

  static final String PAGE =
      "<!DOCTYPE html>\n"
          + "<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
          + " content=\"width=device-width,"
          + " initial-scale=1\"><title>Starting</title></head><body><main><h1>Starting</h1><p>This"
          + " site is starting up. Please try again in a few seconds.</p></main></body></html>\n";

  @Inject StartupTasks startup;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (startup.isReady()
        || request.getRequestURI().startsWith(request.getContextPath() + "/health")) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
  }
}
