package org.hearth.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.hearth.application.account.SignedInUser;

/**
 * Headers every response carries, pages, redirects, refusals and errors alike. No referrer leaves
 * Hearth, so the site a learner quick-exits to (or any link they follow) never learns which course
 * they were reading. The {@link ContentSecurityPolicy} gets a nonce for this response. Every
 * response to a signed-in person, a script with credentials, or for a personal address (account, My
 * learning, teaching, administration, a certificate's verification, getting back in with a recovery
 * code) is {@code Cache-Control: no-store}, so no browser cache, shared proxy or Back button keeps
 * a learner's own words or progress.
 */
public final class SecurityHeaders {

  /** Addresses whose answers are about one person, whoever asks. */
  private static final List<String> PERSONAL =
      List.of(
          "/account",
          "/my-learning",
          "/instructor",
          "/admin",
          "/api/me/",
          "/api/instructor/",
          "/api/admin/",
          "/verify",
          "/recover",
          "/finished/");

  private SecurityHeaders() {}

  /** Sets the headers on {@code response}; once per request, so the nonce stays the same. */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    String nonce = ContentSecurityPolicy.nonceOf(request);
    if (nonce == null) {
      nonce = ContentSecurityPolicy.newNonce();
      request.setAttribute(ContentSecurityPolicy.NONCE, nonce);
    }
    response.setHeader("Content-Security-Policy", ContentSecurityPolicy.header(nonce));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (isPersonal(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  private static boolean isPersonal(HttpServletRequest request) {
    if (request.getHeader("Authorization") != null) {
      return true;
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) != null) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PERSONAL.stream().anyMatch(path::startsWith);
  }
}
