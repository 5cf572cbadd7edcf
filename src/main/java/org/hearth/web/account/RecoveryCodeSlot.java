package org.hearth.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/**
 * A recovery code waiting to be shown, once, on the page a redirect leads to ({@code
 * /account/recovery-code}). It is kept in the session (which every node of a cluster shares) only
 * until that page takes it; it is never put in a cookie, an address or the log.
 */
final class RecoveryCodeSlot {

  /** The session attribute holding the code to show. */
  static final String KEY = "org.hearth.recoveryCodeToShow";

  /** The page that shows the code. */
  static final String PAGE = "/account/recovery-code";

  /** Where "Continue" leads when nothing else was asked for. */
  static final String AFTERWARDS = "/my-learning";

  private RecoveryCodeSlot() {}

  /**
   * Keeps {@code code} for the code page; returns that page's address (in this application), whose
   * "Continue" leads to {@code then}, a path on this site.
   */
  static String keep(String code, String then) {
    Faces.getRequest().getSession(true).setAttribute(KEY, code);
    return AFTERWARDS.equals(then)
        ? PAGE
        : PAGE + "?next=" + URLEncoder.encode(then, StandardCharsets.UTF_8);
  }

  /** The waiting code, removed from the session; null when there is none. */
  static String take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object code = session.getAttribute(KEY);
    session.removeAttribute(KEY);
    return code instanceof String shown ? shown : null;
  }
}
