package org.hearth.domain.asset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises SVG (and other XML) by its opening, so that an SVG upload is refused with a reason the
 * instructor understands rather than as "not an image". SVG is refused at all because it is a
 * document that can carry scripts and links, which would run on Hearth's origin when the image is
 * opened on its own.
 */
final class SvgSniffer {

  /** Only the start of a file is looked at: an SVG says so before its first kilobyte ends. */
  static final int HEAD_BYTES = 1024;

  private SvgSniffer() {}

  /**
   * Whether the file opens, after an optional byte order mark and white space, with an XML
   * declaration, or with an {@code <svg} element once comments, processing instructions and a
   * document type declaration are passed over. Case is ignored.
   */
  static boolean looksLikeSvg(byte[] bytes) {
    String head = decodeHead(bytes).toLowerCase(Locale.ROOT);
    int at = skipWhitespace(head, 0);
    if (head.startsWith("<?xml", at)) {
      return true;
    }
    while (at < head.length()) {
      if (head.startsWith("<svg", at)) {
        return true;
      }
      int end;
      if (head.startsWith("<!--", at)) {
        end = endOf(head, at, "-->");
      } else if (head.startsWith("<?", at)) {
        end = endOf(head, at, "?>");
      } else if (head.startsWith("<!", at)) {
        end = endOf(head, at, ">");
      } else {
        return false;
      }
      if (end < 0) {
        return false;
      }
      at = skipWhitespace(head, end);
    }
    return false;
  }

  /**
   * The first kilobyte as text. A UTF-16 byte order mark selects UTF-16; anything else is read byte
   * by byte, which is enough to find ASCII markup in UTF-8 or any ASCII-compatible encoding.
   */
  private static String decodeHead(byte[] bytes) {
    int length = Math.min(bytes.length, HEAD_BYTES);
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    int start =
        length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    return new String(bytes, start, length - start, StandardCharsets.ISO_8859_1);
  }

  private static int skipWhitespace(String text, int from) {
    int at = from;
    while (at < text.length() && isXmlWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isXmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
  }

  /** The index just past {@code close} at or after {@code from}, or -1 when it is not there. */
  private static int endOf(String text, int from, String close) {
    int found = text.indexOf(close, from + 2);
    return found < 0 ? -1 : found + close.length();
  }
}
