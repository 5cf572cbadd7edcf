package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Part of a GIFT question with its escapes resolved, remembering for every character the file line
 * it came from and whether it was escaped. An escaped character ({@code \~ \= \# \{ \} \:}) is
 * always text, never syntax, so the search methods here only find unescaped ones.
 */
final class GiftText {

  private static final String ESCAPABLE = "~=#{}:\\";

  private final String text;
  private final boolean[] escaped;
  private final int[] lines;
  private final int line;

  private GiftText(String text, boolean[] escaped, int[] lines, int line) {
    this.text = text;
    this.escaped = escaped;
    this.lines = lines;
    this.line = line;
  }

  /** Joins source lines with line breaks, resolving escapes; {@code \n} becomes a line break. */
  static GiftText of(List<SourceLine> sourceLines) {
    StringBuilder text = new StringBuilder();
    List<Boolean> escaped = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int n = 0; n < sourceLines.size(); n++) {
      String source = sourceLines.get(n).text();
      int lineNumber = sourceLines.get(n).number();
      if (n > 0) {
        add(text, escaped, lines, '\n', false, sourceLines.get(n - 1).number());
      }
      for (int i = 0; i < source.length(); i++) {
        char c = source.charAt(i);
        char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
        if (c == '\\' && next != 0 && ESCAPABLE.indexOf(next) >= 0) {
          add(text, escaped, lines, next, true, lineNumber);
          i++;
        } else if (c == '\\' && next == 'n') {
          add(text, escaped, lines, '\n', true, lineNumber);
          i++;
        } else {
          add(text, escaped, lines, c, false, lineNumber);
        }
      }
    }
    boolean[] escapedArray = new boolean[escaped.size()];
    int[] lineArray = new int[lines.size()];
    for (int i = 0; i < escapedArray.length; i++) {
      escapedArray[i] = escaped.get(i);
      lineArray[i] = lines.get(i);
    }
    return new GiftText(
        text.toString(),
        escapedArray,
        lineArray,
        sourceLines.isEmpty() ? 0 : sourceLines.get(0).number());
  }

  /** One line of a GIFT file and its number, counted from 1. */
  record SourceLine(int number, String text) {}

  private static void add(
      StringBuilder text,
      List<Boolean> escaped,
      List<Integer> lines,
      char c,
      boolean isEscaped,
      int line) {
    text.append(c);
    escaped.add(isEscaped);
    lines.add(line);
  }

  /** Text that was not in the file, such as the blank of a missing-word question. */
  GiftText literal(String inserted) {
    boolean[] flags = new boolean[inserted.length()];
    Arrays.fill(flags, true);
    int[] at = new int[inserted.length()];
    Arrays.fill(at, line);
    return new GiftText(inserted, flags, at, line);
  }

  GiftText append(GiftText other) {
    boolean[] flags = Arrays.copyOf(escaped, escaped.length + other.escaped.length);
    System.arraycopy(other.escaped, 0, flags, escaped.length, other.escaped.length);
    int[] at = Arrays.copyOf(lines, lines.length + other.lines.length);
    System.arraycopy(other.lines, 0, at, lines.length, other.lines.length);
    return new GiftText(text + other.text, flags, at, text.isEmpty() ? other.line : line);
  }

  int length() {
    return text.length();
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The first unescaped {@code c} at or after {@code from}, or -1. */
  int indexOf(char c, int from) {
    for (int i = Math.max(0, from); i < text.length(); i++) {
      if (text.charAt(i) == c && !escaped[i]) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code syntax} at or after {@code from} with no escaped character in it, or -1. */
  int indexOf(String syntax, int from) {
    for (int i = text.indexOf(syntax, Math.max(0, from)); i >= 0; i = text.indexOf(syntax, i + 1)) {
      if (unescaped(i, syntax.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The last {@code syntax} with no escaped character in it, or -1. */
  int lastIndexOf(String syntax) {
    for (int i = text.lastIndexOf(syntax); i >= 0; i = text.lastIndexOf(syntax, i - 1)) {
      if (unescaped(i, syntax.length())) {
        return i;
      }
    }
    return -1;
  }

  boolean startsWith(String syntax) {
    return text.startsWith(syntax) && unescaped(0, syntax.length());
  }

  char charAt(int index) {
    return text.charAt(index);
  }

  boolean escapedAt(int index) {
    return escaped[index];
  }

  GiftText sub(int start) {
    return sub(start, text.length());
  }

  GiftText sub(int start, int end) {
    int at = start < lines.length ? lines[start] : start > 0 ? lines[start - 1] : line;
    return new GiftText(
        text.substring(start, end),
        Arrays.copyOfRange(escaped, start, end),
        Arrays.copyOfRange(lines, start, end),
        at);
  }

  /** Without white space at either end (escaped line breaks count as text). */
  GiftText strip() {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start)) && !escaped[start]) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1)) && !escaped[end - 1]) {
      end--;
    }
    return sub(start, end);
  }

  /** The line of the character at {@code index}. */
  int lineAt(int index) {
    if (lines.length == 0) {
      return line;
    }
    return lines[Math.min(index, lines.length - 1)];
  }

  /** The line this text starts on. */
  int line() {
    return lines.length > 0 ? lines[0] : line;
  }

  /** The text as an author meant it, escapes resolved. */
  @Override
  public String toString() {
    return text;
  }

  private boolean unescaped(int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (escaped[i]) {
        return false;
      }
    }
    return true;
  }
}
