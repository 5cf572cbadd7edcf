package org.hearth.application.worksheet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hearth.domain.worksheet.WorksheetField;

/**
 * What a field accepts. An empty answer (or one of spaces only, or an unticked box) means "nothing
 * written" and is stored as no row at all; any other text is stored exactly as typed.
 */
final class AnswerRules {

  static final int MAX_TEXT = 1_000;
  static final int MAX_LONG_TEXT = 20_000;

  private AnswerRules() {}

  /** The value to store, empty to store nothing, or a problem naming the field. */
  static Optional<String> check(WorksheetField field, String value) {
    String given = value == null ? "" : value;
    if (given.isBlank()) {
      return Optional.empty();
    }
    return switch (field.type()) {
      // A learner's words are kept as typed, spaces included; only browsers' CR LF becomes LF.
      case TEXT -> Optional.of(limit(field, given, MAX_TEXT));
      case LONG_TEXT ->
          Optional.of(limit(field, given.replace("\r\n", "\n").replace('\r', '\n'), MAX_LONG_TEXT));
      case CHECKBOX ->
          switch (given) {
            case "true", "on", "yes" -> Optional.of("true");
            case "false", "off", "no" -> Optional.empty();
            default ->
                throw problem(
                    field, "is a box to tick; send true or false, not \"" + shorten(given) + "\"");
          };
      case SCALE -> {
        if (!given.strip().matches("\\d{1,2}") || Integer.parseInt(given.strip()) > 10) {
          throw problem(field, "takes a whole number from 0 to 10, not \"" + shorten(given) + "\"");
        }
        yield Optional.of(String.valueOf(Integer.parseInt(given.strip())));
      }
      case DATE -> {
        try {
          // Four-digit years only, as a browser's date field sends: "+999999999-12-31" parses, but
          // is no one's date.
          if (!given.strip().matches("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}")) {
            throw new DateTimeParseException("not YYYY-MM-DD with a four-digit year", given, 0);
          }
          yield Optional.of(LocalDate.parse(given.strip()).toString());
        } catch (DateTimeParseException e) {
          throw problem(
              field,
              "takes a date written as YYYY-MM-DD, such as 2026-11-27, not \""
                  + shorten(given)
                  + "\"");
        }
      }
    };
  }

  private static String limit(WorksheetField field, String text, int max) {
    if (text.length() > max) {
      throw problem(
          field, "can hold at most " + max + " characters; this answer has " + text.length());
    }
    return text;
  }

  private static WorksheetProblem problem(WorksheetField field, String message) {
    return new WorksheetProblem(
        "\"" + field.label() + "\" (" + field.name() + ") " + message + ".");
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
