package org.hearth.infrastructure.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hearth.infrastructure.pdf.PdfFonts.Piece;

/**
 * What a PDF needs done to right-to-left text before it is drawn, since PDF draws glyphs left to
 * right exactly as given and PDFBox neither shapes nor reorders: Arabic letters are turned into
 * their joined forms (Unicode presentation forms, which the Arabic font maps), and each line is put
 * into visual order by the Unicode bidi algorithm (Hebrew and Arabic runs reversed, mirrored
 * brackets, digits and Latin kept left to right). PDF text extractors undo both.
 */
final class VisualOrder {

  private static final ArabicShaping SHAPING =
      new ArabicShaping(
          ArabicShaping.LETTERS_SHAPE
              | ArabicShaping.TEXT_DIRECTION_LOGICAL
              | ArabicShaping.LENGTH_GROW_SHRINK);

  private VisualOrder() {}

  /** Whether anything in the text is written right to left, so lines need reordering. */
  static boolean needed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590 && isRightToLeft(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRightToLeft(int codePoint) {
    int direction = UCharacter.getDirection(codePoint);
    return direction == UCharacter.RIGHT_TO_LEFT || direction == UCharacter.RIGHT_TO_LEFT_ARABIC;
  }

  /** The bidi level of a paragraph: right to left (1) if its first strong letter is. */
  static byte paragraphLevel(CharSequence text) {
    return Bidi.getBaseDirection(text) == Bidi.RTL ? (byte) 1 : (byte) 0;
  }

  /** Arabic letters in their joined forms, in logical order; other text as it is. */
  static String shapeArabic(String text) {
    if (!hasArabic(text)) {
      return text;
    }
    try {
      return SHAPING.shape(text);
    } catch (ArabicShapingException e) {
      return text; // unjoined letters are still the right letters
    }
  }

  private static boolean hasArabic(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0600 && UCharacter.getIntPropertyValue(c, UProperty.SCRIPT) == UScript.ARABIC) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line's pieces, given in logical order, in the order they are drawn from left to right: pieces
   * cut where a direction run begins or ends, right-to-left runs reversed with their marks kept
   * after their letters and brackets mirrored.
   */
  static List<Piece> reorder(List<Piece> logical, byte paragraphLevel, float size) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[logical.size() + 1];
    for (int i = 0; i < logical.size(); i++) {
      starts[i] = text.length();
      text.append(logical.get(i).text());
    }
    starts[logical.size()] = text.length();
    Bidi bidi = new Bidi();
    bidi.setPara(text.toString(), paragraphLevel, null);
    List<Piece> visual = new ArrayList<>(logical.size() + 2);
    int runs = bidi.countRuns();
    for (int r = 0; r < runs; r++) {
      BidiRun run = bidi.getVisualRun(r);
      List<Piece> parts = new ArrayList<>();
      for (int i = 0; i < logical.size(); i++) {
        int from = Math.max(starts[i], run.getStart());
        int to = Math.min(starts[i + 1], run.getLimit());
        if (from < to) {
          Piece piece = logical.get(i);
          parts.add(
              part(
                  piece,
                  piece.text().substring(from - starts[i], to - starts[i]),
                  run.isOddRun(),
                  size));
        }
      }
      if (run.isOddRun()) {
        Collections.reverse(parts);
      }
      visual.addAll(parts);
    }
    return visual;
  }

  private static Piece part(Piece piece, String text, boolean reversed, float size) {
    String shown =
        reversed ? Bidi.writeReverse(text, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING) : text;
    if (shown.equals(piece.text())) {
      return piece;
    }
    return new Piece(
        piece.font(), shown, PdfFonts.measure(piece.font(), shown, size), piece.fakeBold());
  }
}
