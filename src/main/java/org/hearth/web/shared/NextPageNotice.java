package org.hearth.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.text.MessageFormat;

/**
 * A message for the page a redirect leads to ("You're enrolled", "Marked as complete"), kept in the
 * session until that page shows it. Faces' own flash keeps such messages in a cookie that only the
 * JVM that wrote it can read, so behind a load balancer the next node failed with a 500; the
 * session is what every node of a cluster shares. {@link NextPageNoticeListener} shows it.
 */
public final class NextPageNotice {

  /** The session attribute holding the text waiting to be shown. */
  public static final String KEY = "org.hearth.nextPageNotice";

  private NextPageNotice() {}

  /**
   * Keeps {@code text} for the next page; {@code {0}}-style placeholders are filled only when
   * values are given.
   */
  public static void info(String text, Object... values) {
    String shown = values.length == 0 ? text : MessageFormat.format(text, values);
    request().getSession(true).setAttribute(KEY, shown);
  }

  /**
   * Whether a notice is waiting for this request's page, so it must not be answered from a cache.
   */
  public static boolean isWaiting(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(KEY) != null;
  }

  /** The waiting notice, removed from the session; null when there is none. */
  static String take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object text = session.getAttribute(KEY);
    if (text != null) {
      session.removeAttribute(KEY);
    }
    return text instanceof String notice ? notice : null;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
