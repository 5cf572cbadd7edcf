package org.hearth.infrastructure.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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

  private static final Pattern LINES = Pattern.compile("lines=(.*)");
  private static final Map<String, FieldType> TYPES =
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
    return new Reading(parts[0].strip().replaceAll("\\s+", " "), line, path, problems)
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

  /** Reads the attributes of one field line, reporting what is wrong with them. */
  private static final class Reading {

    private final String label;
    private final int line;
    private final String path;
    private final ProblemList problems;

    /** How problems name the field: by its name when it has one, else by its label. */
    private String called;

    private String typeWord;
    private FieldType type;
    private String name;
    private boolean named;
    private Integer lines;
    private boolean wrong;

    Reading(String label, int line, String path, ProblemList problems) {
      this.label = label;
      this.line = line;
      this.path = path;
      this.problems = problems;
    }

    Optional<WorksheetFieldLine> read(String attributes) {
      if (attributes.isEmpty()) {
        report(
            "field ["
                + quote(label)
                + "]{} needs a type and a name between the braces, such as {text #what-helped}; "
                + "types are "
                + TYPE_NAMES);
        return Optional.empty();
      }
      String[] words = attributes.split("\\s+");
      called = "[" + quote(label) + "]";
      for (String word : words) {
        if (word.length() > 1 && word.startsWith("#")) {
          called = quote(word);
          break;
        }
      }
      for (String word : words) {
        attribute(word);
      }
      String example =
          "{"
              + (typeWord == null ? "text" : typeWord)
              + " #"
              + (name == null ? "what-helped" : name)
              + "}";
      if (typeWord == null) {
        report(
            "field "
                + called
                + " has no type; write one before the name, such as "
                + example
                + ", using "
                + TYPE_NAMES);
      }
      if (!named) {
        report("field " + called + " has no name; add one after the type, such as " + example);
      }
      if (label.isEmpty()) {
        report(
            "field "
                + called
                + " is missing its label; write what it asks between the brackets, such as "
                + "[What helped today?]"
                + example);
      }
      if (lines != null && type != null && type != FieldType.LONG_TEXT) {
        report(
            "field "
                + called
                + " has lines="
                + lines
                + ", but only a long field takes a number of lines");
      }
      if (wrong) {
        return Optional.empty();
      }
      int height = type == FieldType.LONG_TEXT ? (lines == null ? DEFAULT_LINES : lines) : 1;
      return Optional.of(new WorksheetFieldLine(label, type, name, height, line));
    }

    private void attribute(String word) {
      Matcher lineCount = LINES.matcher(word);
      if (word.startsWith("#")) {
        name(word.substring(1));
      } else if (lineCount.matches()) {
        lines(lineCount.group(1));
      } else if (typeWord == null && word.matches("[A-Za-z][A-Za-z0-9-]*")) {
        type(word);
      } else if (TYPES.containsKey(word)) {
        report(
            "field "
                + called
                + " has two types, "
                + quote(typeWord)
                + " and "
                + word
                + "; a field has exactly one");
      } else {
        report(
            "field "
                + called
                + " has \""
                + quote(word)
                + "\", which is not a known attribute; a field takes a type, "
                + "a #name and, if it is long, lines=N, such as {long #what-helped lines=6}");
      }
    }

    private void type(String word) {
      typeWord = word;
      type = TYPES.get(word);
      if (type == null) {
        report(
            "field "
                + called
                + " has the type \""
                + quote(word)
                + "\", which is not a field type; use "
                + TYPE_NAMES);
      }
    }

    private void name(String written) {
      if (named) {
        report(
            "field "
                + called
                + " has a second name, #"
                + quote(written)
                + "; a field has exactly one");
        return;
      }
      named = true;
      if (written.isEmpty()) {
        report(
            "field "
                + called
                + " has a # with no name after it; write a name such as #what-helped");
      } else if (!ContentNames.SLUG.matcher(written).matches()) {
        report(
            "field name #"
                + quote(written)
                + " must be lowercase letters and digits, in words joined by single hyphens, "
                + "such as #what-helped");
      } else if (written.length() > MAX_NAME_LENGTH) {
        report(
            "field name #"
                + quote(written)
                + " is "
                + written.length()
                + " characters long; names may be at most "
                + MAX_NAME_LENGTH);
      } else {
        name = written;
      }
    }

    private void lines(String value) {
      if (lines != null) {
        report("field " + called + " gives lines= twice; keep one");
        return;
      }
      try {
        int number = Integer.parseInt(value);
        if (number >= MIN_LINES && number <= MAX_LINES) {
          lines = number;
          return;
        }
      } catch (NumberFormatException e) {
        // reported below, as a number out of range is
      }
      report(
          "field "
              + called
              + " has lines="
              + quote(value)
              + "; lines must be a whole number from "
              + MIN_LINES
              + " to "
              + MAX_LINES);
    }

    private void report(String message) {
      problems.add(path, line, message);
      wrong = true;
    }
  }
}
