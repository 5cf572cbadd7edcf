package org.hearth.domain.worksheet;

import java.util.Objects;

/**
 * A piece of a worksheet, in reading order: prose between fields, or a field. Repeated sections are
 * already expanded when a worksheet is read, so this list is exactly what is shown.
 *
 * @param proseHtml rendered and sanitised Markdown, for the page; null for a field
 * @param proseMarkdown the same prose as Markdown source, for the PDF; null for a field
 * @param field the field; null for prose
 */
public record WorksheetBlock(String proseHtml, String proseMarkdown, WorksheetField field) {

  public WorksheetBlock {
    if ((field == null) == (proseHtml == null)) {
      throw new IllegalArgumentException("a block is either prose or a field");
    }
  }

  public static WorksheetBlock prose(String html, String markdown) {
    return new WorksheetBlock(Objects.requireNonNull(html), Objects.requireNonNull(markdown), null);
  }

  public static WorksheetBlock field(WorksheetField field) {
    return new WorksheetBlock(null, null, Objects.requireNonNull(field));
  }

  public boolean isField() {
    return field != null;
  }
}
