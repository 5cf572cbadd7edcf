package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.hearth.infrastructure.pdf.PdfFonts.Piece;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.Words.Word;

/**
 * Breaks styled text into lines that fit a width, measured with the fonts' real metrics, and draws
 * them. Breaks at spaces, and where scripts written without them allow (between Chinese or Japanese
 * characters, between Thai words); a word longer than a whole line is cut where it must be. Runs of
 * spaces count as one, as in HTML, except in code, whose spaces are kept and never broken at;
 * {@code \n} forces a new line. Lines holding right-to-left text are put in visual order once
 * broken, as the bidi algorithm requires.
 */
final class TextLines {

  /** Text as written, in one style; cleaned here. */
  record Span(String text, Style style) {}

  /**
   * One line, ready to draw: its pieces from left to right. {@code rightToLeft} when its paragraph
   * is, so it reads best aligned right.
   */
  record Line(List<Piece> pieces, float width, boolean rightToLeft) {

    /** Draws the line with its baseline starting at (x, y), in the current fill colour. */
    void draw(PDPageContentStream content, float x, float y, float size) throws IOException {
      if (pieces.isEmpty()) {
        return;
      }
      boolean anyFakeBold = pieces.stream().anyMatch(Piece::fakeBold);
      if (anyFakeBold) {
        content.setLineWidth(size * 0.035f);
      }
      content.beginText();
      content.newLineAtOffset(x, y);
      PDFont current = null;
      boolean stroking = false;
      for (Piece piece : pieces) {
        if (piece.font() != current) {
          content.setFont(piece.font(), size);
          current = piece.font();
        }
        if (piece.fakeBold() != stroking) {
          content.setRenderingMode(
              piece.fakeBold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
          stroking = piece.fakeBold();
        }
        if (PdfFonts.substitutesGlyphs(piece)) {
          // PDFBox joins these letters into glyphs (conjuncts) that map back to no text; say what
          // they read.
          COSDictionary actual = new COSDictionary();
          actual.setString(COSName.ACTUAL_TEXT, piece.text());
          content.beginMarkedContent(SPAN, PDPropertyList.create(actual));
          content.showText(piece.text());
          content.endMarkedContent();
        } else {
          content.showText(piece.text());
        }
      }
      if (stroking) {
        content.setRenderingMode(RenderingMode.FILL);
      }
      content.endText();
    }
  }

  private static final COSName SPAN = COSName.getPDFName("Span");

  private TextLines() {}

  /** Plain text in one style. */
  static List<Line> wrap(String text, Style style, PdfFonts fonts, float size, float width) {
    return wrap(List.of(new Span(text, style)), fonts, size, width);
  }

  static List<Line> wrap(List<Span> spans, PdfFonts fonts, float size, float width) {
    List<Span> clean = new ArrayList<>(spans.size());
    for (Span span : spans) {
      clean.add(new Span(PdfFonts.clean(span.text(), true), span.style()));
    }
    Filling filling = new Filling(size, width, Direction.of(clean, size));
    for (Word word : Words.of(clean, fonts, size)) {
      filling.add(word);
    }
    return filling.finish();
  }

  /** Lines being filled word by word: those done, and the one still open. */
  private static final class Filling {

    private final float size;
    private final float width;
    private final Direction direction;
    private final List<Line> lines = new ArrayList<>();
    private List<Piece> line = new ArrayList<>();
    private float lineWidth;

    Filling(float size, float width, Direction direction) {
      this.size = size;
      this.width = width;
      this.direction = direction;
    }

    void add(Word word) {
      for (int b = 0; b < word.breaksBefore(); b++) {
        endLine();
      }
      float spaceWidth = line.isEmpty() || word.space() == null ? 0 : word.space().width();
      if (!line.isEmpty() && lineWidth + spaceWidth + word.width() > width) {
        endLine();
        spaceWidth = 0;
      }
      if (spaceWidth > 0) {
        line.add(word.space());
        lineWidth += spaceWidth;
      }
      if (word.width() <= width - lineWidth) {
        line.addAll(word.pieces());
        lineWidth += word.width();
        return;
      }
      // A word wider than a whole line: as much as fits on each line.
      for (Piece piece : word.pieces()) {
        cut(piece);
      }
    }

    private void cut(Piece piece) {
      String rest = piece.text();
      while (!rest.isEmpty()) {
        int fit = fitting(rest, piece.font(), size, width - lineWidth);
        if (fit == 0 && line.isEmpty()) {
          fit = Character.charCount(rest.codePointAt(0));
        }
        if (fit > 0) {
          String part = rest.substring(0, fit);
          float partWidth = measure(piece.font(), part, size);
          line.add(new Piece(piece.font(), part, partWidth, piece.fakeBold()));
          lineWidth += partWidth;
          rest = rest.substring(fit);
        }
        if (!rest.isEmpty()) {
          endLine();
        }
      }
    }

    private void endLine() {
      lines.add(line(line, lineWidth, direction));
      line = new ArrayList<>();
      lineWidth = 0;
    }

    List<Line> finish() {
      if (!line.isEmpty() || lines.isEmpty()) {
        endLine();
      }
      return lines;
    }
  }

  /** Whether a paragraph's lines need reordering, and its bidi level. */
  private record Direction(boolean reorder, byte level, float size) {

    static Direction of(List<Span> cleanSpans, float size) {
      StringBuilder all = new StringBuilder();
      cleanSpans.forEach(span -> all.append(span.text()));
      return VisualOrder.needed(all)
          ? new Direction(true, VisualOrder.paragraphLevel(all), size)
          : new Direction(false, (byte) 0, size);
    }
  }

  /**
   * A line with neighbouring pieces in the same font joined, so it draws with fewer operators, and
   * in visual order if it needs one.
   */
  private static Line line(List<Piece> pieces, float width, Direction direction) {
    List<Piece> joined = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      if (!joined.isEmpty()) {
        Piece last = joined.get(joined.size() - 1);
        if (last.font() == piece.font() && last.fakeBold() == piece.fakeBold()) {
          joined.set(
              joined.size() - 1,
              new Piece(
                  last.font(),
                  last.text() + piece.text(),
                  last.width() + piece.width(),
                  last.fakeBold()));
          continue;
        }
      }
      joined.add(piece);
    }
    if (direction.reorder()) {
      return new Line(
          List.copyOf(VisualOrder.reorder(joined, direction.level(), direction.size())),
          width,
          direction.level() == 1);
    }
    return new Line(List.copyOf(joined), width, false);
  }

  /** How many chars of {@code text} fit in {@code room}, whole code points only. */
  private static int fitting(String text, PDFont font, float size, float room) {
    int end = 0;
    float used = 0;
    while (end < text.length()) {
      int next = end + Character.charCount(text.codePointAt(end));
      float w = measure(font, text.substring(end, next), size);
      if (used + w > room) {
        break;
      }
      used += w;
      end = next;
    }
    return end;
  }

  private static float measure(PDFont font, String text, float size) {
    return PdfFonts.measure(font, text, size);
  }
}
