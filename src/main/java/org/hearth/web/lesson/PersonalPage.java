package org.hearth.web.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendered page kept for reuse by other readers: its bytes cut where the reader's anti-forgery
 * token stood, so each reader's own token can be put back in its place.
 */
final class PersonalPage {

  private final String contentType;
  private final Charset charset;
  private final List<byte[]> parts;
  private final int fixedLength;

  private PersonalPage(String contentType, Charset charset, List<byte[]> parts) {
    this.contentType = contentType;
    this.charset = charset;
    this.parts = List.copyOf(parts);
    this.fixedLength = parts.stream().mapToInt(part -> part.length).sum();
  }

  /** Cuts {@code body} (in {@code charset}) at every occurrence of {@code token}. */
  static PersonalPage of(String contentType, Charset charset, byte[] body, String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("a page is only kept with the token it was rendered with");
    }
    String text = new String(body, charset);
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, from)) {
      parts.add(text.substring(from, at).getBytes(charset));
      from = at + token.length();
    }
    parts.add(text.substring(from).getBytes(charset));
    return new PersonalPage(contentType, charset, parts);
  }

  String contentType() {
    return contentType;
  }

  /** The page's length in bytes with {@code token} in it. */
  int length(String token) {
    return fixedLength + (parts.size() - 1) * token.getBytes(charset).length;
  }

  /** Writes the page with {@code token} wherever the original reader's token was. */
  void writeTo(OutputStream out, String token) throws IOException {
    byte[] tokenBytes = token.getBytes(charset);
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.write(tokenBytes);
      }
      out.write(parts.get(i));
    }
  }
}
