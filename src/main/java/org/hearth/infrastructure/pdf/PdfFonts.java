package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The fonts of one PDF being written, and what text they can show.
 *
 * <p>Text is set in the standard Helvetica and Courier fonts where their WinAnsi encoding has the
 * letters (Western European letters, typographic quotes, dashes, ellipses and bullets): every
 * viewer has them and they cost nothing to embed. Anything else is set in the first font of the
 * {@link FontChain} that has it (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Chinese,
 * Japanese, Korean and many symbols), embedded as a subset, and only in documents that use it. What
 * no font has (emoji, mostly) shows as U+FFFD, never as nothing: see {@link ShownText}.
 *
 * <p>PDFBox font objects must not be shared between documents (saving one marks its objects), so
 * each document gets its own instances; the parsed fonts behind them are loaded once per JVM. Not
 * thread-safe: one document, one thread.
 */
final class PdfFonts {

  /** A face of the standard fonts. */
  enum Style {
    REGULAR(FontName.HELVETICA),
    BOLD(FontName.HELVETICA_BOLD),
    ITALIC(FontName.HELVETICA_OBLIQUE),
    BOLD_ITALIC(FontName.HELVETICA_BOLD_OBLIQUE),
    MONO(FontName.COURIER);

    private final FontName standard;

    Style(FontName standard) {
      this.standard = standard;
    }

    boolean bold() {
      return this == BOLD || this == BOLD_ITALIC;
    }

    static Style of(boolean bold, boolean italic) {
      if (bold) {
        return italic ? BOLD_ITALIC : BOLD;
      }
      return italic ? ITALIC : REGULAR;
    }
  }

  /**
   * Part of a line set in one font. {@code fakeBold} marks text of the chain in a bold style: the
   * chain's fonts come in regular only, so such text is stroked as well as filled.
   */
  record Piece(PDFont font, String text, float width, boolean fakeBold) {}

  /** The key of text set in the standard fonts rather than a font of the chain. */
  private static final int STANDARD = -1;

  private final PDDocument document;
  private final boolean fullFallback;
  private final Map<Style, PDType1Font> standard = new EnumMap<>(Style.class);
  private final PDFont[] chain = new PDFont[FontChain.size()];
  private PDType1Font dingbats;

  /**
   * @param fullFallback embed all of Liberation Sans rather than the glyphs used, as a form field's
   *     font must be when a viewer may type more into it
   */
  PdfFonts(PDDocument document, boolean fullFallback) {
    this.document = document;
    this.fullFallback = fullFallback;
  }

  PDType1Font standard(Style style) {
    return standard.computeIfAbsent(style, s -> new PDType1Font(s.standard));
  }

  PDType1Font dingbats() {
    if (dingbats == null) {
      dingbats = new PDType1Font(FontName.ZAPF_DINGBATS);
    }
    return dingbats;
  }

  /** Liberation Sans, the first font of the chain, embedded in this document on first use. */
  PDFont fallback() {
    return chain(0);
  }

  /** A font of the chain, embedded in this document (as a subset) on first use. */
  private PDFont chain(int index) {
    if (chain[index] == null) {
      FontChain.Face face = FontChain.faces().get(index);
      try {
        chain[index] = PDType0Font.load(document, face.font(), !(fullFallback && index == 0));
      } catch (IOException e) {
        throw new UncheckedIOException("The font " + face.resource() + " cannot be embedded", e);
      }
    }
    return chain[index];
  }

  /** The font for a form field holding {@code cleanText}: Helvetica, unless the text needs more. */
  PDFont fieldFont(String cleanText) {
    return needsFallback(cleanText) ? fallback() : standard(Style.REGULAR);
  }

  /** Whether some character of the text is outside WinAnsi (after {@link #clean}). */
  static boolean needsFallback(String cleanText) {
    for (int i = 0; i < cleanText.length(); i++) {
      char c = cleanText.charAt(i);
      if (c != '\n' && !FontChain.winAnsi(c)) {
        return true;
      }
    }
    return false;
  }

  /** See {@link ShownText#clean}. */
  static String clean(String text, boolean keepLineBreaks) {
    return ShownText.clean(text, keepLineBreaks);
  }

  /**
   * Clean text in one style, in logical order, cut where the font changes, each piece measured at
   * {@code size}. Arabic comes back in its joined forms; lines put it in visual order when drawn.
   */
  List<Piece> pieces(String cleanText, Style style, float size) {
    String text = VisualOrder.shapeArabic(cleanText);
    List<Piece> pieces = new ArrayList<>(1);
    int[] run = {0, 0, Integer.MIN_VALUE}; // start, end, font key
    ShownText.clusters(
        text,
        (start, end) -> {
          int key = key(text, start, end);
          if (key != run[2] && run[1] > run[0]) {
            pieces.add(piece(text.substring(run[0], run[1]), style, run[2], size));
            run[0] = start;
          }
          run[1] = end;
          run[2] = key;
        });
    if (run[1] > run[0]) {
      pieces.add(piece(text.substring(run[0], run[1]), style, run[2], size));
    }
    return pieces;
  }

  private static int key(String text, int start, int end) {
    if (end == start + 1 && FontChain.winAnsi(text.charAt(start))) {
      return STANDARD;
    }
    int face = FontChain.faceFor(text.subSequence(start, end));
    // Clean text has a font for every cluster; this only guards against a shaped form none has.
    return face >= 0 ? face : FontChain.faceFor(ShownText.REPLACEMENT);
  }

  /** The width of clean text in one style. */
  float width(String cleanText, Style style, float size) {
    float width = 0;
    for (Piece piece : pieces(cleanText, style, size)) {
      width += piece.width();
    }
    return width;
  }

  private Piece piece(String text, Style style, int key, float size) {
    PDFont font = key == STANDARD ? standard(style) : chain(key);
    return new Piece(font, text, measure(font, text, size), key != STANDARD && style.bold());
  }

  /**
   * Whether PDFBox will draw the piece with glyph substitutions (GSUB) whose glyphs have no text of
   * their own: Devanagari, whose conjuncts and reordered vowel signs it forms.
   */
  static boolean substitutesGlyphs(Piece piece) {
    if (!(piece.font() instanceof PDType0Font)) {
      return false;
    }
    String text = piece.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0900 && c <= 0x097F) {
        return true;
      }
    }
    return false;
  }

  /** The width of text in a font at a size, in points. */
  static float measure(PDFont font, String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
    }
  }
}
