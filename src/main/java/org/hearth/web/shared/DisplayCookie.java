package org.hearth.web.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.hearth.domain.account.DisplayChoice;

/**
 * The browser's copy of a reader's colours and text size, so pages are drawn right from the first
 * byte, with no script and no flash of the wrong colours, signed in or not. It holds only the
 * choice (such as {@code dark.large}), is sent only to Hearth, and lasts a year.
 */
public final class DisplayCookie {

  /** The cookie's name. */
  public static final String NAME = "display";

  private static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

  private DisplayCookie() {}

  /** The choice the request's cookie holds, or the default. */
  public static DisplayChoice read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return DisplayChoice.DEFAULT;
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .findFirst()
        .map(cookie -> DisplayChoice.fromCookie(cookie.getValue()))
        .orElse(DisplayChoice.DEFAULT);
  }

  /** Keeps {@code choice} in the browser for a year. */
  public static void write(
      HttpServletRequest request, HttpServletResponse response, DisplayChoice choice) {
    Cookie cookie = new Cookie(NAME, choice.cookieValue());
    String path = request.getContextPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setMaxAge(MAX_AGE);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure()); // SameSite=Lax is the server's default for every cookie
    response.addCookie(cookie);
  }
}
