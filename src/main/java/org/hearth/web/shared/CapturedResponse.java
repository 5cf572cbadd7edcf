package org.hearth.web.shared;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of sent, so a page cache can store it before
 * passing it on. It notices a cookie being set, which makes a page personal and uncacheable.
 * Status, headers and redirects still go to the real response.
 */
public final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
  private PrintWriter writer;
  private ServletOutputStream stream;
  private boolean setsCookie;

  public CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  /** True when the page set a cookie (a new session, a flash message): it belongs to one reader. */
  public boolean setsCookie() {
    return setsCookie;
  }

  @Override
  public void addCookie(Cookie cookie) {
    setsCookie = true;
    super.addCookie(cookie);
  }

  @Override
  public void addHeader(String name, String value) {
    setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
    super.addHeader(name, value);
  }

  @Override
  public void setHeader(String name, String value) {
    setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
    super.setHeader(name, value);
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(buffer, charset()));
    }
    return writer;
  }

  public Charset charset() {
    String encoding = getCharacterEncoding();
    return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
  }

  public boolean usedWriter() {
    return writer != null;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
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

  /** Everything written so far. */
  public byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }

  /** Passes a captured body on to the real response, the way the page wrote it. */
  public void sendBody(HttpServletResponse response, byte[] body) throws java.io.IOException {
    if (!response.isCommitted() && getStatus() == HttpServletResponse.SC_OK) {
      response.setContentLength(body.length);
    }
    if (usedWriter()) {
      response.getWriter().write(new String(body, charset()));
    } else {
      response.getOutputStream().write(body);
    }
  }
}
