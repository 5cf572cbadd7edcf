package org.hearth.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/**
 * Headers every response carries. No referrer leaves Hearth, so the site a learner quick-exits to
 * (or any link they follow) never learns which course they were reading. Every response to a
 * signed-in person, a script with credentials, or for a personal address (account, My learning,
 * teaching, administration, a certificate's verification) is {@code Cache-Control: no-store}, so
 * no browser cache, shared proxy or Back button keeps a learner's own words or progress.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  /** Addresses whose answers are about one person, whoever asks. */
  private static final List<String> PERSONAL = List.of(
      "/account", "/my-learning", "/instructor", "/admin", "/api/me/", "/api/instructor/", "/api/admin/", "/verify", "/finished/");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (isPersonal(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  private static boolean isPersonal(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(HearthAuthenticationMechanism.USER) != null) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PERSONAL.stream().anyMatch(path::startsWith);
  }
}
