package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * The fonts Hearth sets text in beyond the standard Helvetica, in the order they are tried: a
 * character is set in the first one that has a glyph for it (for a letter with combining marks, for
 * all of them). Each is parsed once per JVM and only read afterwards, so documents on many threads
 * can share them; each document still makes its own PDFBox font objects from them.
 *
 * <p>To add a font, put its TrueType (glyf) file and licence under {@code
 * src/main/resources/fonts/} and name it in {@link #FILES} where its script should be tried.
 */
final class FontChain {

  /** The Liberation Sans that ships inside the PDFBox jar: metric-compatible with Helvetica. */
  static final String LIBERATION_SANS =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** The chain, first tried first. */
  private static final List<String> FILES =
      List.of(
          LIBERATION_SANS, // Latin, Greek and Cyrillic close to Helvetica
          "/fonts/NotoSans-Regular.ttf", // the rest of Latin (Vietnamese, Yoruba), Greek, Cyrillic,
          // U+FFFD
          "/fonts/NotoSansHebrew-Regular.ttf",
          "/fonts/NotoSansArabic-Regular.ttf", // has the presentation forms that shaping produces
          "/fonts/NotoSansDevanagari-Regular.ttf", // PDFBox applies its GSUB: conjuncts, matras
          "/fonts/NotoSansThai-Regular.ttf",
          "/fonts/DroidSansFallback.ttf", // Chinese, Japanese kana and kanji, Korean Hangul
          "/fonts/DejaVuSans.ttf"); // symbols, arrows, number forms and whatever else it has

  /** A font of the chain and what it covers. */
  record Face(String resource, TrueTypeFont font, BitSet coverage) {

    boolean covers(int codePoint) {
      return coverage.get(codePoint);
    }
  }

  /** Parsed on first need of a font beyond Helvetica (about 0.2 s, once per JVM). */
  private static final class Loaded {
    static final List<Face> FACES = load();
  }

  /** Apart, so documents in Helvetica alone never parse the chain. */
  private static final class Standard {
    static final BitSet WIN_ANSI = winAnsi();
  }

  private FontChain() {}

  /** How many fonts the chain has, without loading them. */
  static int size() {
    return FILES.size();
  }

  static List<Face> faces() {
    return Loaded.FACES;
  }

  /** Whether Helvetica (in WinAnsi encoding) has the character. */
  static boolean winAnsi(int codePoint) {
    return Standard.WIN_ANSI.get(codePoint);
  }

  /** The first face that has every character of {@code cluster}, or -1. */
  static int faceFor(CharSequence cluster) {
    List<Face> faces = Loaded.FACES;
    for (int f = 0; f < faces.size(); f++) {
      Face face = faces.get(f);
      if (cluster.codePoints().allMatch(face::covers)) {
        return f;
      }
    }
    return -1;
  }

  private static List<Face> load() {
    List<Face> faces = new ArrayList<>(FILES.size());
    for (String resource : FILES) {
      try (InputStream in = FontChain.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "The font " + resource + " is missing from the classpath");
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        faces.add(new Face(resource, font, coverage(font)));
      } catch (IOException e) {
        throw new UncheckedIOException("The font " + resource + " cannot be read", e);
      }
    }
    return List.copyOf(faces);
  }

  /**
   * The characters the font maps to a real glyph. Reading every table here, once, also means no
   * document ever makes the shared font parse a table lazily.
   */
  private static BitSet coverage(TrueTypeFont font) throws IOException {
    font.getHorizontalMetrics();
    font.getHorizontalHeader();
    font.getHeader();
    font.getMaximumProfile();
    font.getOS2Windows();
    font.getPostScript();
    font.getNaming();
    font.getIndexToLocation();
    font.getGlyph();
    font.getGsubData();
    CmapLookup cmap = font.getUnicodeCmapLookup();
    BitSet covered = new BitSet(0x10000);
    for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
      List<Integer> codes = cmap.getCharCodes(gid);
      if (codes != null) {
        codes.stream().filter(cp -> cp > 0x20 && !Character.isISOControl(cp)).forEach(covered::set);
      }
    }
    return covered;
  }

  private static BitSet winAnsi() {
    BitSet winAnsi = new BitSet(0x2200);
    PDType1Font helvetica = new PDType1Font(FontName.HELVETICA);
    for (String name : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
      String unicode = GlyphList.getAdobeGlyphList().toUnicode(name);
      if (unicode == null
          || unicode.codePointCount(0, unicode.length()) != 1
          || unicode.codePointAt(0) < ' ') {
        continue;
      }
      try {
        helvetica.encode(unicode);
        winAnsi.set(unicode.codePointAt(0));
      } catch (IOException | IllegalArgumentException e) {
        // not in the encoding after all: leave it to the chain
      }
    }
    return winAnsi;
  }
}
