package org.hearth.web.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendered page kept for reuse: its bytes cut wherever one of the values that belong to a single
 * response stood (a reader's anti-forgery token, the Content-Security-Policy nonce), so each later
 * response gets its own values in their places.
 */
public final class KeptPage {

  private final String contentType;
  private final Charset charset;
  private final List<byte[]> parts;

  /** Which value goes after each part but the last: an index into the values given when served. */
  private final int[] cuts;

  private final int fixedLength;

  private KeptPage(String contentType, Charset charset, List<byte[]> parts, int[] cuts) {
    this.contentType = contentType;
    this.charset = charset;
    this.parts = List.copyOf(parts);
    this.cuts = cuts;
    this.fixedLength = parts.stream().mapToInt(part -> part.length).sum();
  }

  /** Cuts {@code body} (in {@code charset}) at every occurrence of each of {@code values}. */
  public static KeptPage of(String contentType, Charset charset, byte[] body, List<String> values) {
    if (values.stream().anyMatch(value -> value == null || value.isEmpty())) {
      throw new IllegalArgumentException(
          "a page is only kept with the values it was rendered with");
    }
    String text = new String(body, charset);
    List<byte[]> parts = new ArrayList<>();
    List<Integer> cuts = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = -1;
      int which = -1;
      for (int i = 0; i < values.size(); i++) {
        int found = text.indexOf(values.get(i), from);
        if (found >= 0 && (at < 0 || found < at)) {
          at = found;
          which = i;
        }
      }
      if (at < 0) {
        break;
      }
      parts.add(text.substring(from, at).getBytes(charset));
      cuts.add(which);
      from = at + values.get(which).length();
    }
    parts.add(text.substring(from).getBytes(charset));
    return new KeptPage(
        contentType, charset, parts, cuts.stream().mapToInt(Integer::intValue).toArray());
  }

  public String contentType() {
    return contentType;
  }

  /** The page's length in bytes with {@code values} in it. */
  public int length(List<String> values) {
    int length = fixedLength;
    for (int cut : cuts) {
      length += values.get(cut).getBytes(charset).length;
    }
    return length;
  }

  /** Writes the page with each of {@code values} wherever the original response's stood. */
  public void writeTo(OutputStream out, List<String> values) throws IOException {
    List<byte[]> encoded = values.stream().map(value -> value.getBytes(charset)).toList();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.write(encoded.get(cuts[i - 1]));
      }
      out.write(parts.get(i));
    }
  }
}
