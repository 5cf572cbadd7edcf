package org.hearth.infrastructure.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * What a list item carries in the margin of its first line: text ("•", "3.") set right-aligned
 * against the item, or, for a task list item ({@code checked} not null), a box drawn ticked or not.
 */
record ListMarker(String text, Boolean checked) {

  /** Draws the marker for a line whose text starts at {@code x}, one list indent further in. */
  void draw(
      PDPageContentStream content,
      PdfFonts fonts,
      float x,
      float baseline,
      float size,
      float indent)
      throws IOException {
    if (checked != null) {
      drawBox(content, x - indent + 2, baseline, size * 0.75f);
      return;
    }
    String clean = PdfFonts.clean(text, false);
    float width = fonts.width(clean, Style.REGULAR, size);
    Line line = TextLines.wrap(clean, Style.REGULAR, fonts, size, Float.MAX_VALUE).get(0);
    line.draw(content, x - 5 - width, baseline, size);
  }

  private void drawBox(PDPageContentStream content, float left, float baseline, float box)
      throws IOException {
    content.setLineWidth(0.7f);
    Ink.TEXT.stroke(content);
    content.addRect(left, baseline - 0.5f, box, box);
    content.stroke();
    if (checked) {
      content.moveTo(left + box * 0.2f, baseline + box * 0.5f);
      content.lineTo(left + box * 0.42f, baseline + box * 0.22f);
      content.lineTo(left + box * 0.85f, baseline + box * 0.85f);
      content.stroke();
    }
  }
}
