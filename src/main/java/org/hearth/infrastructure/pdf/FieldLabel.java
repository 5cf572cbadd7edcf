package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * A worksheet field's label, wrapped to the room it has, above its box or beside its check box.
 * Printed on the page, not part of the form field, so it shows in every viewer.
 */
record FieldLabel(List<Line> lines) {

  static final float SIZE = 10;
  static final float LEADING = 13.5f;
  private static final float GAP = 3;

  static FieldLabel of(String text, PdfFonts fonts, float width) {
    return new FieldLabel(TextLines.wrap(text, Style.REGULAR, fonts, SIZE, width));
  }

  /** The height of the label's lines alone, as beside a check box. */
  float height() {
    return lines.size() * LEADING;
  }

  /** The room the label takes above a box, the gap before the box included. */
  float heightAbove() {
    return lines.size() * LEADING + GAP;
  }

  /** Where the first line's text sits when the label's top is at {@code top}. */
  static float firstBaseline(float top) {
    return ProseWriter.baseline(top, SIZE, LEADING);
  }

  void draw(PDPageContentStream content, float x, float top) throws IOException {
    Ink.TEXT.fill(content);
    float lineTop = top;
    for (Line line : lines) {
      line.draw(content, x, ProseWriter.baseline(lineTop, SIZE, LEADING), SIZE);
      lineTop -= LEADING;
    }
  }
}
