package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The fonts of one PDF being written, and what text they can show.
 *
 * <p>Text is set in the standard Helvetica and Courier fonts: every viewer has them, they cost
 * nothing to embed, and their WinAnsi encoding holds Western European letters and typographic
 * quotes, dashes, ellipses and bullets. Letters WinAnsi lacks (Polish, Czech, Greek, Cyrillic…)
 * fall back to Liberation Sans, which is metric-compatible with Helvetica and ships inside the
 * PDFBox jar; it is embedded only in documents that need it. What neither font has (emoji, most
 * other scripts) is dropped or shown as "?", so no learner's text can break a download.
 *
 * <p>PDFBox font objects must not be shared between documents (saving one marks its objects), so
 * each document gets its own instance; the expensive, immutable parts are loaded once per JVM.
 * Not thread-safe: one document, one thread.
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
   * Part of a line set in one font. {@code fakeBold} marks fallback text in a bold style: Liberation
   * Sans comes in regular only, so such text is stroked as well as filled.
   */
  record Piece(PDFont font, String text, float width, boolean fakeBold) {}

  private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final Coverage COVERAGE = Coverage.load();

  private final PDDocument document;
  private final boolean fullFallback;
  private final Map<Style, PDType1Font> standard = new EnumMap<>(Style.class);
  private PDType0Font fallback;
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

  /** Liberation Sans, embedded in this document on first use. */
  PDFont fallback() {
    if (fallback == null) {
      if (COVERAGE.liberationSans == null) {
        throw new IllegalStateException("Liberation Sans is missing from the PDFBox jar");
      }
      try {
        fallback = PDType0Font.load(document, new RandomAccessReadBuffer(COVERAGE.liberationSans), !fullFallback, false);
      } catch (IOException e) {
        throw new UncheckedIOException("Liberation Sans from the PDFBox jar cannot be read", e);
      }
    }
    return fallback;
  }

  /** The font for a form field holding {@code cleanText}: Helvetica, unless the text needs more. */
  PDFont fieldFont(String cleanText) {
    return needsFallback(cleanText) ? fallback() : standard(Style.REGULAR);
  }

  /** Whether some character of the text is outside WinAnsi (after {@link #clean}). */
  static boolean needsFallback(String cleanText) {
    for (int i = 0; i < cleanText.length(); ) {
      int cp = cleanText.codePointAt(i);
      if (cp != '\n' && !COVERAGE.winAnsi.get(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Text made safe to show: composed (NFC), every kind of space a plain space, invisible format
   * characters and emoji dropped, line breaks kept as {@code \n} or made spaces, and any other
   * character neither font has replaced by "?".
   */
  static String clean(String text, boolean keepLineBreaks) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    for (int i = 0; i < composed.length(); ) {
      int cp = composed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        if (i < composed.length() && composed.charAt(i) == '\n') {
          i++;
        }
        out.append(keepLineBreaks ? '\n' : ' ');
      } else if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        out.append(keepLineBreaks ? '\n' : ' ');
      } else if (cp == '\t' || Character.isSpaceChar(cp)) {
        out.append(' ');
      } else if (cp == 0x2010 || cp == 0x2011) {
        out.append('-'); // hyphens WinAnsi lacks look the same as its own
      } else if (COVERAGE.winAnsi.get(cp) || COVERAGE.unicode.get(cp)) {
        out.appendCodePoint(cp);
      } else if (!isInvisible(cp)) {
        out.append('?');
      }
    }
    return out.toString();
  }

  /** Characters dropped rather than replaced: formatting, combining marks, emoji and pictographs. */
  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.OTHER_SYMBOL
        || type == Character.SURROGATE
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || (cp >= 0x1F3FB && cp <= 0x1F3FF); // skin tones
  }

  /**
   * Clean text in one style, cut where the font changes, each piece measured at {@code size}.
   * Spaces stay in the standard font.
   */
  List<Piece> pieces(String cleanText, Style style, float size) {
    List<Piece> pieces = new ArrayList<>(1);
    int start = 0;
    boolean startFallback = false;
    for (int i = 0; i < cleanText.length(); ) {
      int cp = cleanText.codePointAt(i);
      boolean useFallback = !COVERAGE.winAnsi.get(cp);
      if (i > start && useFallback != startFallback) {
        pieces.add(piece(cleanText.substring(start, i), style, startFallback, size));
        start = i;
      }
      if (i == start) {
        startFallback = useFallback;
      }
      i += Character.charCount(cp);
    }
    if (start < cleanText.length()) {
      pieces.add(piece(cleanText.substring(start), style, startFallback, size));
    }
    return pieces;
  }

  /** The width of clean text in one style. */
  float width(String cleanText, Style style, float size) {
    float width = 0;
    for (Piece piece : pieces(cleanText, style, size)) {
      width += piece.width();
    }
    return width;
  }

  private Piece piece(String text, Style style, boolean useFallback, float size) {
    PDFont font = useFallback ? fallback() : standard(style);
    try {
      return new Piece(font, text, font.getStringWidth(text) / 1000f * size, useFallback && style.bold());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
    }
  }

  /** Which code points each font can show; loaded once, then only read. */
  private static final class Coverage {

    final BitSet winAnsi;
    final BitSet unicode;
    final byte[] liberationSans;

    private Coverage(BitSet winAnsi, BitSet unicode, byte[] liberationSans) {
      this.winAnsi = winAnsi;
      this.unicode = unicode;
      this.liberationSans = liberationSans;
    }

    static Coverage load() {
      BitSet winAnsi = new BitSet(0x2200);
      PDType1Font helvetica = new PDType1Font(FontName.HELVETICA);
      for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
        String unicode = GlyphList.getAdobeGlyphList().toUnicode(name);
        if (unicode == null || unicode.codePointCount(0, unicode.length()) != 1) {
          continue;
        }
        int cp = unicode.codePointAt(0);
        if (cp < ' ') {
          continue;
        }
        try {
          helvetica.encode(unicode);
          winAnsi.set(cp);
        } catch (IOException | IllegalArgumentException e) {
          // not in the encoding after all: leave it to the fallback
        }
      }
      byte[] bytes = null;
      BitSet unicode = new BitSet();
      try (InputStream in = PdfFonts.class.getResourceAsStream(LIBERATION_SANS)) {
        if (in != null) {
          bytes = in.readAllBytes();
          try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp = ' '; cp <= 0xFFFF; cp++) {
              if (cmap.getGlyphId(cp) != 0 && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                unicode.set(cp);
              }
            }
          }
        }
      } catch (IOException e) {
        bytes = null;
        unicode.clear();
      }
      return new Coverage(winAnsi, unicode, bytes);
    }
  }
}
