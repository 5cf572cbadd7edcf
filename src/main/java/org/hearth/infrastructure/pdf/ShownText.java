package org.hearth.infrastructure.pdf;

import com.ibm.icu.text.BreakIterator;
import java.text.Normalizer;
import java.util.BitSet;

/**
 * Text as a PDF shows it, and the user-perceived characters (grapheme clusters: a letter with its
 * marks, an emoji with its joiners and skin tone) it is made of, which are never split between
 * fonts or lines.
 */
final class ShownText {

  /** Shown for a character no shipped font has, such as an emoji: visible, and searchable. */
  static final String REPLACEMENT = "\uFFFD";

  /** Receives each cluster of a text, as offsets into it. */
  interface ClusterVisitor {
    void visit(int start, int end);
  }

  private ShownText() {}

  /**
   * Text made safe to show: composed (NFC); every kind of space a plain space; line breaks kept as
   * {@code \n} or made spaces; invisible control and format characters (bidi overrides and
   * embeddings, zero-width joiners and non-joiners, variation selectors) left out, so no override
   * can reorder what is drawn; and each cluster that no font of the chain can draw whole (emoji,
   * unassigned or private characters) replaced by one {@link #REPLACEMENT}.
   */
  static String clean(String text, boolean keepLineBreaks) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    clusters(composed, (start, end) -> append(out, composed.substring(start, end), keepLineBreaks));
    return out.toString();
  }

  private static void append(StringBuilder out, String cluster, boolean keepLineBreaks) {
    int first = cluster.codePointAt(0);
    if (first == '\r'
        || first == '\n'
        || first == 0x0B
        || first == 0x0C
        || first == 0x85
        || first == 0x2028
        || first == 0x2029) {
      out.append(keepLineBreaks ? '\n' : ' ');
    } else if (first == '\t' || Character.isSpaceChar(first)) {
      out.append(' ');
    } else if (first == 0x2010 || first == 0x2011) {
      out.append('-'); // hyphens WinAnsi lacks look the same as its own
    } else {
      String visible = visible(cluster);
      if (visible.isEmpty()) {
        return;
      }
      boolean standard = visible.length() == 1 && FontChain.winAnsi(visible.charAt(0));
      out.append(standard || FontChain.faceFor(visible) >= 0 ? visible : REPLACEMENT);
    }
  }

  /** The cluster without its invisible characters. */
  private static String visible(String cluster) {
    if (cluster.length() == 1 && !invisible(cluster.charAt(0))) {
      return cluster;
    }
    StringBuilder kept = new StringBuilder(cluster.length());
    cluster.codePoints().filter(cp -> !invisible(cp)).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || cp >= 0xFE00 && cp <= 0xFE0F
        || cp >= 0xE0100 && cp <= 0xE01EF;
  }

  /** Calls the visitor with each cluster of the text, in order. */
  static void clusters(String text, ClusterVisitor visitor) {
    if (simple(text)) {
      for (int i = 0; i < text.length(); i++) {
        int end =
            text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
                ? i + 2
                : i + 1;
        visitor.visit(i, end);
        i = end - 1;
      }
      return;
    }
    BreakIterator boundaries = BreakIterator.getCharacterInstance();
    boundaries.setText(text);
    int start = boundaries.first();
    for (int end = boundaries.next();
        end != BreakIterator.DONE;
        start = end, end = boundaries.next()) {
      visitor.visit(start, end);
    }
  }

  /**
   * Where a line may break within text that has no space there: between Chinese, Japanese or Korean
   * characters and between Thai words (found with ICU's dictionary), as Unicode's line breaking
   * rules allow. Breaks the rules allow in other scripts (after a hyphen) are not used, so Latin
   * text wraps as it always has.
   */
  static BitSet softBreaks(String text) {
    BitSet breaks = new BitSet();
    if (!hasWideScript(text)) {
      return breaks;
    }
    BreakIterator lines = BreakIterator.getLineInstance();
    lines.setText(text);
    for (int at = lines.first(); at != BreakIterator.DONE; at = lines.next()) {
      if (at > 0
          && at < text.length()
          && text.charAt(at - 1) != ' '
          && text.charAt(at) != ' '
          && (wide(text.charAt(at - 1)) || wide(text.charAt(at)))) {
        breaks.set(at);
      }
    }
    return breaks;
  }

  private static boolean hasWideScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (wide(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Thai, Lao, Khmer, Myanmar and the scripts of East Asia: lines break within their words. */
  private static boolean wide(char c) {
    return c >= 0x0E00 && c <= 0x109F
        || c >= 0x1780 && c <= 0x17FF
        || c >= 0x1100 && c <= 0x11FF
        || c >= 0x2E80 && c <= 0xD7FF
        || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFF00 && c <= 0xFFEF
        || Character.isSurrogate(c);
  }

  /**
   * Text of Latin-1, typographic punctuation (dashes, quotes, ellipsis, bullets) and currency signs
   * has no combining marks or emoji: each char is a cluster (but CR LF), with no need to ask ICU.
   */
  private static boolean simple(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0300
          && !(c >= 0x2010 && c <= 0x2027
              || c >= 0x2030 && c <= 0x205E
              || c >= 0x20A0 && c <= 0x20CF)) {
        return false;
      }
    }
    return true;
  }
}
