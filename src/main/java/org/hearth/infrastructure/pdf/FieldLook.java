package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * The form-field appearances Hearth draws itself rather than leaving to PDFBox: the two states of a
 * check box, and text fields holding letters beyond WinAnsi. PDFBox would set such an answer in the
 * field's one font, unshaped and in logical order, and refuses letters that font lacks; here it is
 * set like the page's own text, in as many fonts of the chain as it needs, Arabic joined and
 * right-to-left text in visual order. The field's value stays the text as written.
 */
final class FieldLook {

  /** Room between a text field's edge and its text, as PDFBox leaves. */
  private static final float PADDING = 2;

  private static final float SMALLEST = 4;

  private final PDDocument document;
  private final PdfFonts fonts;
  private PDAppearanceDictionary checkBox;

  FieldLook(PDDocument document, PdfFonts fonts) {
    this.document = document;
    this.fonts = fonts;
  }

  /**
   * The two looks of every check box in the document, drawn once and shared. The dictionary of
   * states is written inline in each widget: poppler (Evince, Okular, pdftoppm) does not follow an
   * indirect reference there and then draws neither state, so a ticked box printed empty.
   */
  PDAppearanceDictionary checkBox(String onState, float size) throws IOException {
    if (checkBox == null) {
      COSDictionary states = new COSDictionary();
      states.setItem(COSName.getPDFName(onState), drawBox(true, size));
      states.setItem(COSName.Off, drawBox(false, size));
      states.setDirect(true);
      checkBox = new PDAppearanceDictionary();
      checkBox.setNormalAppearance(new PDAppearanceEntry(states));
    }
    return checkBox;
  }

  /** The tick, or nothing: the box itself is drawn on the page. */
  private PDAppearanceStream drawBox(boolean ticked, float size) throws IOException {
    PDAppearanceStream stream = new PDAppearanceStream(document);
    stream.setBBox(new PDRectangle(size, size));
    stream.setResources(new PDResources());
    try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
      if (ticked) {
        content.setStrokingColor(0f, 0f, 0f);
        content.setLineWidth(1.4f);
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        content.moveTo(size * 0.22f, size * 0.52f);
        content.lineTo(size * 0.42f, size * 0.28f);
        content.lineTo(size * 0.80f, size * 0.78f);
        content.stroke();
      }
    }
    return stream;
  }

  /**
   * Draws a text field's answer as its normal appearance: one line, or wrapped lines from the top
   * for a multi-line field, at {@code size} (0: the largest that fits, as in PDFBox), black as the
   * field's default appearance says, right-aligned when its paragraph is right to left.
   */
  void text(PDAnnotationWidget widget, String shown, boolean multiline, float size)
      throws IOException {
    PDRectangle box = widget.getRectangle();
    float width = box.getWidth() - 2 * PADDING;
    float at = size > 0 ? size : fitting(shown, width, box.getHeight() - 2 * PADDING);
    List<Line> lines = lines(shown, multiline, at, width);
    PDAppearanceStream stream = new PDAppearanceStream(document);
    stream.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
    stream.setResources(new PDResources());
    try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
      content.beginMarkedContent(COSName.TX);
      content.saveGraphicsState();
      content.addRect(1, 1, box.getWidth() - 2, box.getHeight() - 2);
      content.clip();
      content.setNonStrokingColor(0f, 0f, 0f);
      content.setStrokingColor(0f, 0f, 0f);
      float leading = leading(shown, at);
      float y =
          multiline ? box.getHeight() - PADDING - at * 0.95f : (box.getHeight() - at * 0.72f) / 2;
      for (Line line : lines) {
        float x = line.rightToLeft() ? box.getWidth() - PADDING - line.width() : PADDING;
        line.draw(content, x, y, at);
        y -= leading;
      }
      content.restoreGraphicsState();
      content.endMarkedContent();
    }
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.setNormalAppearance(stream);
    widget.setAppearance(appearance);
  }

  private List<Line> lines(String shown, boolean multiline, float size, float width) {
    if (!multiline) {
      return List.of(
          TextLines.wrap(shown.replace('\n', ' '), Style.REGULAR, fonts, size, Float.MAX_VALUE)
              .get(0));
    }
    List<Line> lines = new ArrayList<>();
    for (String paragraph : shown.split("\n", -1)) {
      lines.addAll(TextLines.wrap(paragraph, Style.REGULAR, fonts, size, width));
    }
    return lines;
  }

  /** The largest size up to 12 points at which the wrapped answer fits the height. */
  private float fitting(String shown, float width, float height) {
    for (float size = 12; size > SMALLEST; size -= 0.5f) {
      if (lines(shown, true, size, width).size() * leading(shown, size) <= height) {
        return size;
      }
    }
    return SMALLEST;
  }

  /** The line spacing PDFBox would use for the field's font, so boxes sized for it still fit. */
  private float leading(String shown, float size) {
    try {
      return fonts.fieldFont(shown).getBoundingBox().getHeight() / 1000f * size;
    } catch (IOException e) {
      return size * 1.2f;
    }
  }
}
