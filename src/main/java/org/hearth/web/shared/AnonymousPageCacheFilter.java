package org.hearth.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.infrastructure.security.ContentSecurityPolicy;

/**
 * A micro-cache for what anonymous readers see: a catalog, course or lesson page rendered for
 * someone with no cookies is the same for everyone, so for a moment (one second by default,
 * HEARTH_PAGE_CACHE_MILLIS) it is served from memory instead of rendered again. Anything personal
 * bypasses it: requests with a cookie or credentials, and responses that set a cookie or are not
 * 200. Each response gets its own script nonce in the kept page's place, and an {@code Age} header,
 * as any HTTP cache's stored response has. Preview lessons are the only lessons anonymous readers
 * get, so nothing else is cached.
 */
@WebFilter(
    urlPatterns = {"/", "/course/*", "/learn/*", "/help/*"},
    asyncSupported = true)
public class AnonymousPageCacheFilter extends HttpFilter {

  private static final int MAX_ENTRIES = 2_000;

  @Inject
  @ConfigProperty(name = "hearth.page-cache.millis", defaultValue = "1000")
  long ttlMillis;

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private record Page(long expiresAt, KeptPage page) {}

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ttlMillis <= 0 || !cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getRequestURI();
    long now = System.currentTimeMillis();
    Page page = pages.get(key);
    if (page != null && page.expiresAt() > now) {
      List<String> nonce = List.of(ContentSecurityPolicy.nonceOf(request));
      // How long ago it was rendered, as any HTTP cache says of a stored response (RFC 9111 5.1).
      response.setHeader("Age", String.valueOf((now - (page.expiresAt() - ttlMillis)) / 1000));
      response.setContentType(page.page().contentType());
      response.setContentLength(page.page().length(nonce));
      page.page().writeTo(response.getOutputStream(), nonce);
      return;
    }
    CapturedResponse capture = new CapturedResponse(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    if (capture.getStatus() == HttpServletResponse.SC_OK
        && !capture.setsCookie()
        && body.length > 0
        && capture.getContentType() != null
        && request.getSession(false) == null) {
      if (pages.size() >= MAX_ENTRIES) {
        pages.clear();
      }
      KeptPage kept =
          KeptPage.of(
              capture.getContentType(),
              capture.charset(),
              body,
              List.of(ContentSecurityPolicy.nonceOf(request)));
      // Kept for the TTL from when it was rendered, not from when it was asked for: under load a
      // render can take longer than the TTL, and the page would be stale before it was stored.
      pages.put(key, new Page(System.currentTimeMillis() + ttlMillis, kept));
    }
    if (body.length == 0) {
      return; // a redirect or an error page, already sent by the container
    }
    capture.sendBody(response, body);
  }

  private static boolean cacheable(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getQueryString() == null
        && request.getHeader("Cookie") == null
        && request.getHeader("Authorization") == null;
  }
}
