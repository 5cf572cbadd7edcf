package org.hearth.infrastructure.content;

import static org.hearth.infrastructure.content.WorksheetFieldLine.DEFAULT_LINES;
import static org.hearth.infrastructure.content.WorksheetFieldLine.MAX_LINES;
import static org.hearth.infrastructure.content.WorksheetFieldLine.MAX_NAME_LENGTH;
import static org.hearth.infrastructure.content.WorksheetFieldLine.MIN_LINES;
import static org.hearth.infrastructure.content.WorksheetFieldLine.TYPES;
import static org.hearth.infrastructure.content.WorksheetFieldLine.TYPE_NAMES;
import static org.hearth.infrastructure.content.WorksheetFieldLine.quote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.domain.worksheet.FieldType;

/**
 * Reads the attributes of one worksheet field line, the {@code {type #name lines=N}} after its
 * label, reporting everything wrong with them at the field's line so an author fixes a field in one
 * go; a field with any problem is not made.
 */
final class WorksheetFieldAttributes {

  private static final Pattern LINES = Pattern.compile("lines=(.*)");

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

  WorksheetFieldAttributes(String label, int line, String path, ProblemList problems) {
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
    called = calledBy(words);
    for (String word : words) {
      attribute(word);
    }
    String example =
        "{"
            + (typeWord == null ? "text" : typeWord)
            + " #"
            + (name == null ? "what-helped" : name)
            + "}";
    reportMissing(example);
    if (wrong) {
      return Optional.empty();
    }
    int height = type == FieldType.LONG_TEXT ? (lines == null ? DEFAULT_LINES : lines) : 1;
    return Optional.of(new WorksheetFieldLine(label, type, name, height, line));
  }

  /** How problems name the field: by its name when it has one, else by its label. */
  private String calledBy(String[] words) {
    for (String word : words) {
      if (word.length() > 1 && word.startsWith("#")) {
        return quote(word);
      }
    }
    return "[" + quote(label) + "]";
  }

  /** Reports a type, name or label left out, and lines given to a field that is not long. */
  private void reportMissing(String example) {
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
          "field " + called + " has a # with no name after it; write a name such as #what-helped");
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
