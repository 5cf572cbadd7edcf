package org.hearth.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A micro-cache for what anonymous readers see: a catalog, course or lesson page rendered for
 * someone with no cookies is the same for everyone, so for a moment (one second by default,
 * HEARTH_PAGE_CACHE_MILLIS) it is served from memory instead of rendered again. Anything personal
 * bypasses it: requests with a cookie or credentials, and responses that set a cookie or are not
 * 200. Preview lessons are the only lessons anonymous readers get, so nothing else is cached.
 */
@WebFilter(urlPatterns = {"/", "/course/*", "/learn/*", "/help/*"}, asyncSupported = true)
public class AnonymousPageCacheFilter extends HttpFilter {

  private static final int MAX_ENTRIES = 2_000;

  @Inject
  @ConfigProperty(name = "hearth.page-cache.millis", defaultValue = "1000")
  long ttlMillis;

  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private record Page(long expiresAt, String contentType, byte[] body) {}

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ttlMillis <= 0 || !cacheable(request)) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getRequestURI();
    long now = System.currentTimeMillis();
    Page page = pages.get(key);
    if (page != null && page.expiresAt() > now) {
      response.setContentType(page.contentType());
      response.setContentLength(page.body().length);
      response.getOutputStream().write(page.body());
      return;
    }
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    byte[] body = capture.body();
    if (capture.getStatus() == HttpServletResponse.SC_OK && !capture.setCookie && body.length > 0
        && capture.getContentType() != null && request.getSession(false) == null) {
      if (pages.size() >= MAX_ENTRIES) {
        pages.clear();
      }
      pages.put(key, new Page(now + ttlMillis, capture.getContentType(), body));
    }
    if (body.length == 0) {
      return; // a redirect or an error page, already sent by the container
    }
    if (!response.isCommitted() && capture.getStatus() == HttpServletResponse.SC_OK) {
      response.setContentLength(body.length);
    }
    if (capture.usedWriter()) {
      response.getWriter().write(new String(body, capture.charset()));
    } else {
      response.getOutputStream().write(body);
    }
  }

  private static boolean cacheable(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getQueryString() == null
        && request.getHeader("Cookie") == null
        && request.getHeader("Authorization") == null;
  }

  /** Buffers the response so it can be stored, and notices any cookie being set. */
  private static final class Capture extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    boolean setCookie;

    Capture(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
      setCookie = true;
      super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
      setCookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
      setCookie |= "Set-Cookie".equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, charset()));
      }
      return writer;
    }

    Charset charset() {
      String encoding = getCharacterEncoding();
      return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    boolean usedWriter() {
      return writer != null;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            buffer.write(bytes, offset, length);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking output only");
          }
        };
      }
      return stream;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int length) {
      // the real length is set once the body is complete
    }

    @Override
    public void setContentLengthLong(long length) {
      // the real length is set once the body is complete
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }
  }
}
