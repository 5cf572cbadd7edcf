package org.hearth.infrastructure.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetField;

/**
 * One field of a worksheet as written on its own line, {@code [Label]{type #name lines=N}} (a
 * Pandoc bracketed span), checked when it is read. Inside a repeated section it stands for one
 * field per repetition; {@link #field(int)} gives each.
 *
 * @param line the line of the file it is written on
 */
record WorksheetFieldLine(String label, FieldType type, String name, int lines, int line) {

  /**
   * A field inside other text, for telling authors it must stand alone; not after a backslash.
   * Possessive and without nested brackets, so a long line is searched in linear time.
   */
  private static final Pattern INLINE = Pattern.compile("(?<!\\\\)\\[[^\\[\\]]*+\\]\\{[^{}]*+\\}");

  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*+`");

  /** Four spaces or more would make a line an indented code block. */
  private static final int MAX_INDENT = 3;

  static final Map<String, FieldType> TYPES =
      Map.of(
          "text", FieldType.TEXT,
          "long", FieldType.LONG_TEXT,
          "checkbox", FieldType.CHECKBOX,
          "scale", FieldType.SCALE,
          "date", FieldType.DATE);
  static final String TYPE_NAMES = "text, long, checkbox, scale or date";
  static final int MAX_NAME_LENGTH = 60;
  static final int DEFAULT_LINES = 4;
  static final int MIN_LINES = 2;
  static final int MAX_LINES = 30;
  private static final int MAX_QUOTE = 80;

  /** Whether a line is written as a field, valid or not: {@code [...]{...}} alone on it. */
  static boolean isField(String text) {
    return split(text) != null;
  }

  /** Whether a line that is not a field still holds one, inside other text. */
  static boolean holdsField(String text) {
    return text.contains("]{") && INLINE.matcher(INLINE_CODE.matcher(text).replaceAll("")).find();
  }

  /**
   * The label and the attributes of a field line, or null when it is not one. Written by hand
   * rather than as a regular expression, so that a long line cannot make it slow; the label runs to
   * the last "]{" of the line.
   */
  private static String[] split(String text) {
    String line = text.stripTrailing();
    int open = 0;
    while (open < line.length() && line.charAt(open) == ' ') {
      open++;
    }
    if (open > MAX_INDENT || !line.startsWith("[", open) || !line.endsWith("}")) {
      return null;
    }
    int close = line.lastIndexOf("]{");
    if (close < open) {
      return null;
    }
    return new String[] {
      line.substring(open + 1, close), line.substring(close + 2, line.length() - 1)
    };
  }

  /**
   * Checks a line for which {@link #isField} holds. Every problem is reported at {@code line}; the
   * field is empty when there was any.
   */
  static Optional<WorksheetFieldLine> read(
      String text, int line, String path, ProblemList problems) {
    String[] parts = split(text);
    if (parts == null) {
      throw new IllegalArgumentException("not a field line: " + text);
    }
    return new WorksheetFieldAttributes(
            parts[0].strip().replaceAll("\\s+", " "), line, path, problems)
        .read(parts[1].strip());
  }

  /** Text from the file as quoted in a problem: a very long one is cut short. */
  static String quote(String text) {
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "…";
  }

  /**
   * The field itself: as written for {@code repetition} 0 (outside a repeated section), else with
   * the repetition's number after its name and in place of {@code {n}} in its label.
   */
  WorksheetField field(int repetition) {
    if (repetition == 0) {
      return new WorksheetField(name, type, label, lines);
    }
    return new WorksheetField(
        name + "-" + repetition,
        type,
        label.replace(WorksheetBody.NUMBER, String.valueOf(repetition)),
        lines);
  }
}
