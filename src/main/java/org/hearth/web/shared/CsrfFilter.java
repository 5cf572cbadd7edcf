package org.hearth.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses state-changing requests made from another site. Every form carries the session's secret
 * token ({@link CsrfToken}); a POST that lacks it, or that the browser marks as coming from another
 * site (Sec-Fetch-Site, Origin), gets 403. Requests that authenticate with an Authorization header
 * (scripts using /api) cannot be forged by a browser and pass.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

  /** The pages that post with no one signed in yet. */
  private static final Set<String> ENTRY_PAGES = Set.of("/signin", "/register");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isSafe(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    // Checked even with an Authorization header: browsers add saved Basic credentials to cross-site
    // posts.
    if (!sameOrigin(request)) {
      refuse(response);
      return;
    }
    // Only a script that really signed in with its Authorization header skips the token: no browser
    // adds such a header for another site's page (Hearth never asks browsers for Basic
    // credentials).
    if (request.getHeader("Authorization") != null && request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    String expected = sessionToken(request);
    if (expected == null && isEntryPage(request)) {
      // Signing in or registering always starts from Hearth's own page, which holds a token. A post
      // without one would sign the browser in as whoever wrote it (login forgery): show the page
      // again.
      String query = request.getQueryString();
      response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
      return;
    }
    // Elsewhere, without a session there is nobody to act for; Faces reports the expired view
    // instead.
    if (expected != null && !tokenAccepted(request, response, expected)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private static String sessionToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (String) session.getAttribute(CsrfToken.SESSION_KEY);
  }

  private static boolean isEntryPage(HttpServletRequest request) {
    return ENTRY_PAGES.contains(
        request.getRequestURI().substring(request.getContextPath().length()));
  }

  /**
   * Whether the form (or the script's header) carries the session's token; if not, the refusal has
   * been sent.
   */
  private static boolean tokenAccepted(
      HttpServletRequest request, HttpServletResponse response, String expected)
      throws IOException {
    String given;
    try {
      given = request.getParameter(CsrfToken.PARAMETER);
    } catch (IllegalStateException tooLarge) {
      // The container refuses to read a form body over its limit ("Post too large").
      response.sendError(
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The form was too large to read");
      return false;
    }
    if (given == null) {
      given = request.getHeader(CsrfToken.HEADER);
    }
    if (given == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      refuse(response);
      return false;
    }
    return true;
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if ("cross-site".equals(site) || "same-site".equals(site)) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isEmpty() || "null".equals(origin)) {
      // Older browsers send none, and with Referrer-Policy: no-referrer browsers send "null";
      // the token still guards the request.
      return true;
    }
    try {
      URI uri = URI.create(origin);
      String host = request.getHeader("Host");
      return host != null && host.equalsIgnoreCase(uri.getAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }
}
