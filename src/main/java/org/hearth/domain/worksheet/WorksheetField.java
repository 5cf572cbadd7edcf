package org.hearth.domain.worksheet;

import java.util.Objects;

/**
 * One fillable field.
 *
 * @param name unique within the worksheet; lowercase letters, digits and hyphens. Fields inside a
 *     repeated block carry the repetition's number: {@code before-1}, {@code before-2}, …
 * @param type what kind of field it is
 * @param label what the field asks, as plain text (shown beside it on the page and in the PDF)
 * @param lines for long text, how many lines to leave on paper (at least 2); 1 otherwise
 */
public record WorksheetField(String name, FieldType type, String label, int lines) {

  public WorksheetField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (lines < 1) {
      throw new IllegalArgumentException("lines must be at least 1, not " + lines);
    }
  }
}
