package org.hearth.infrastructure.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * The few colours Hearth's PDFs use: near-black text, a muted grey, soft rules and a quiet sage.
 */
enum Ink {
  TEXT(0.13f, 0.13f, 0.13f),
  HEADING(0.08f, 0.16f, 0.15f),
  MUTED(0.40f, 0.42f, 0.42f),
  RULE(0.74f, 0.76f, 0.76f),
  FIELD_BORDER(0.50f, 0.53f, 0.53f),
  QUOTE_BAR(0.62f, 0.74f, 0.70f),
  ACCENT(0.29f, 0.45f, 0.41f);

  private final float red;
  private final float green;
  private final float blue;

  Ink(float red, float green, float blue) {
    this.red = red;
    this.green = green;
    this.blue = blue;
  }

  /** For text and shapes: fill, and stroke too, which text drawn bold by stroking needs. */
  void fill(PDPageContentStream content) throws IOException {
    content.setNonStrokingColor(red, green, blue);
    content.setStrokingColor(red, green, blue);
  }

  /** For lines. */
  void stroke(PDPageContentStream content) throws IOException {
    content.setStrokingColor(red, green, blue);
  }

  PDColor color() {
    return new PDColor(new float[] {red, green, blue}, PDDeviceRGB.INSTANCE);
  }

  /** The colour as a PDF operator string, for a form field's default appearance. */
  String fillOperator() {
    return red + " " + green + " " + blue + " rg";
  }
}
