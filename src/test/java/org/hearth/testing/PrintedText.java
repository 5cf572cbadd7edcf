package org.hearth.testing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.text.Normalizer;

/**
 * What text extracted from a PDF should read for a sample of {@link RealText}, after only the
 * documented normalisations of {@link #expected}: what Hearth's PDFs promise to print.
 */
public final class PrintedText {

  private PrintedText() {}

  /**
   * What text extracted from a PDF showing {@code sample} should read, after only these documented
   * normalisations:
   *
   * <ul>
   *   <li>NFC, as Hearth composes all text it shows (e + combining acute is é);
   *   <li>invisible control and format characters (bidi overrides, zero-width joiners and
   *       non-joiners, variation selectors) left out: the PDF never draws them, so an override
   *       cannot reorder what is printed;
   *   <li>each emoji (a cluster holding an Extended_Pictographic character, joiners and skin tones
   *       included) one U+FFFD, since no shipped font has emoji glyphs;
   *   <li>the Alphabetic and Arabic presentation forms (U+FB00–FDFF, U+FE70–FEFF) in NFKC, as
   *       PDFBox's text stripper gives them back (ﬁ reads fi, joined Arabic reads as letters);
   *   <li>every run of white space (tabs, no-break spaces, line breaks) one space, ends trimmed.
   * </ul>
   */
  public static String expected(String sample) {
    return normalised(sample, true);
  }

  /**
   * What a form field's value should hold for {@code sample}: as {@link #expected}, but with
   * presentation forms as written, since the value is the learner's text, not what was drawn.
   */
  public static String kept(String sample) {
    return normalised(sample, false);
  }

  private static String normalised(String sample, boolean asExtracted) {
    String composed = Normalizer.normalize(sample, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    BreakIterator clusters = BreakIterator.getCharacterInstance();
    clusters.setText(composed);
    int start = clusters.first();
    for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
      String cluster = composed.substring(start, end);
      if (cluster
          .codePoints()
          .anyMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC))) {
        out.append('\uFFFD');
      } else {
        cluster
            .codePoints()
            .filter(cp -> !invisible(cp))
            .forEach(
                cp ->
                    out.append(
                        asExtracted ? presentationForm(cp) : new String(Character.toChars(cp))));
      }
    }
    return spaced(out.toString());
  }

  /** White space as {@link #expected} counts it: every run one space, ends trimmed. */
  public static String spaced(String text) {
    return text.replaceAll("(?U)\\s+", " ").strip();
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return (type == Character.CONTROL && cp != '\t')
        || type == Character.FORMAT
        || cp >= 0xFE00 && cp <= 0xFE0F;
  }

  private static String presentationForm(int cp) {
    String text = new String(Character.toChars(cp));
    return cp >= 0xFB00 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF
        ? Normalizer.normalize(text, Normalizer.Form.NFKC)
        : text;
  }
}
