package org.hearth.web.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} header of a download, naming the file as people wrote it (RFC
 * 6266 with RFC 8187/5987 {@code filename*}): an ASCII {@code filename} for old clients and the
 * full name in UTF-8 for every browser since 2012. Control, invisible-format and bidi override
 * characters and path separators never reach either form, so no name can pose as another file.
 */
public final class DownloadName {

  private static final String DEFAULT_BASE = "download";
  private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,8})$");

  /** RFC 8187's attr-char: what may stand unencoded in an ext-value. */
  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";

  /** Letters that do not decompose into an ASCII letter and a mark. */
  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('Ł', "L"),
          Map.entry('ł', "l"),
          Map.entry('Ø', "O"),
          Map.entry('ø', "o"),
          Map.entry('Đ', "D"),
          Map.entry('đ', "d"),
          Map.entry('Ð', "D"),
          Map.entry('ð', "d"),
          Map.entry('Þ', "Th"),
          Map.entry('þ', "th"),
          Map.entry('ß', "ss"),
          Map.entry('Æ', "AE"),
          Map.entry('æ', "ae"),
          Map.entry('Œ', "OE"),
          Map.entry('œ', "oe"),
          Map.entry('ı', "i"));

  private DownloadName() {}

  /** {@code attachment; filename="…"; filename*=UTF-8''…}: the browser saves the file. */
  public static String attachment(String fileName) {
    return header("attachment", fileName);
  }

  /** {@code inline; …}: the browser shows the file if it can, and saves it under this name. */
  public static String inline(String fileName) {
    return header("inline", fileName);
  }

  private static String header(String disposition, String fileName) {
    String clean = cleaned(fileName);
    return disposition
        + "; filename=\""
        + asciiFallback(clean)
        + "\"; filename*=UTF-8''"
        + percentEncoded(clean);
  }

  /**
   * The name as it is offered: composed (NFC), without control, format (bidi overrides, joiners),
   * surrogate or line/paragraph separator characters, path separators, or leading dots and spaces;
   * {@code download} when nothing is left.
   */
  static String cleaned(String fileName) {
    String composed = Normalizer.normalize(fileName == null ? "" : fileName, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().filter(cp -> !unsafe(cp)).forEach(out::appendCodePoint);
    String name = out.toString().strip().replaceFirst("^[.\\s]+", "");
    return name.isEmpty() ? DEFAULT_BASE : name;
  }

  private static boolean unsafe(int cp) {
    int type = Character.getType(cp);
    return cp == '/'
        || cp == '\\'
        || type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * The name in {@code [A-Za-z0-9._-]} only: accents taken off, a few letters spelled out (Ł as L),
   * anything else a hyphen, runs of hyphens one. When no letter or digit is left, "download" with
   * the name's extension, if it has a plain one.
   */
  static String asciiFallback(String cleanName) {
    Matcher found = EXTENSION.matcher(cleanName);
    String extension = found.find() ? found.group() : "";
    String base = ascii(cleanName.substring(0, cleanName.length() - extension.length()));
    return (base.matches(".*[A-Za-z0-9].*") ? base : DEFAULT_BASE) + extension;
  }

  private static String ascii(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      String spelled = LATIN.get(c);
      if (spelled != null) {
        out.append(spelled);
      } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        out.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append('-');
      }
    }
    return out.toString()
        .replaceAll("-{2,}", "-")
        .replaceAll("-?\\.-?", ".")
        .replaceAll("^[-.]+|[-.]+$", "");
  }

  /** RFC 8187's ext-value body: UTF-8, every byte outside attr-char as %XX. */
  static String percentEncoded(String cleanName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : cleanName.getBytes(StandardCharsets.UTF_8)) {
      int unsigned = b & 0xFF;
      if (unsigned < 128 && ATTR_CHARS.indexOf(unsigned) >= 0) {
        out.write(unsigned);
      } else {
        out.writeBytes(String.format("%%%02X", unsigned).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
