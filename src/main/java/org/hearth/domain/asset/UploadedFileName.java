package org.hearth.domain.asset;

/**
 * An uploaded file's name made safe to show back to the person who uploaded it. Browsers send
 * whatever the client chooses: a whole path ({@code C:\Users\ann\notes.png}), {@code ../} segments,
 * control or bidirectional-override characters that could disguise the name, or thousands of
 * characters. Only the last path segment is kept, invisible characters are dropped and the result
 * is cut to {@value #MAX_LENGTH} characters. The name is only ever shown; it never decides how a
 * file is stored or served.
 */
public final class UploadedFileName {

  /** The most characters (code points) a name is shown with, an ellipsis included. */
  public static final int MAX_LENGTH = 100;

  private UploadedFileName() {}

  /** The name to show, or an empty string when nothing printable is left of it. */
  public static String forDisplay(String original) {
    if (original == null) {
      return "";
    }
    String name =
        original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    StringBuilder shown = new StringBuilder();
    name.codePoints().filter(UploadedFileName::isShown).forEach(shown::appendCodePoint);
    String trimmed = shown.toString().strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= MAX_LENGTH) {
      return trimmed;
    }
    return trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
  }

  /**
   * Drops control, format (such as U+202E, right-to-left override), separator and broken
   * characters.
   */
  private static boolean isShown(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }
}
