package org.hearth.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Hides a Faces flash cookie ({@code csfcfc}) from Faces. Hearth keeps next-page messages in the
 * session ({@link NextPageNotice}); a flash cookie can only have come from an older Hearth, another
 * node's JVM or someone's hand, and Mojarra fails with a 500 on one it cannot read.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FlashCookieFilter extends HttpFilter {

  private static final String FLASH_COOKIE = "csfcfc";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Cookie[] cookies = request.getCookies();
    if (cookies == null
        || Arrays.stream(cookies).noneMatch(cookie -> FLASH_COOKIE.equals(cookie.getName()))) {
      chain.doFilter(request, response);
      return;
    }
    Cookie[] kept =
        Arrays.stream(cookies)
            .filter(cookie -> !FLASH_COOKIE.equals(cookie.getName()))
            .toArray(Cookie[]::new);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Cookie[] getCookies() {
            return kept.length == 0 ? null : kept;
          }
        },
        response);
  }
}
