package org.hearth.infrastructure.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hearth.infrastructure.pdf.PdfFonts.Piece;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Span;

/**
 * Cuts clean spans into words, the units {@link TextLines} breaks lines between: runs of spaces
 * count as one, code keeps its spaces, and scripts written without spaces are cut where they allow
 * a break. State is carried from character to character, hence a small class of its own.
 */
final class Words {

  /**
   * A word: pieces with no space between them (one word may change style or font, as in
   * "**bold**ly"), the space written before it, and how many line breaks precede it.
   */
  record Word(List<Piece> pieces, float width, Piece space, int breaksBefore) {}

  private final PdfFonts fonts;
  private final float size;
  private final List<Word> words = new ArrayList<>();
  private List<Piece> pieces = new ArrayList<>();
  private final StringBuilder run = new StringBuilder();
  private Style runStyle;
  private Style spaceBefore;
  private int breaksBefore;
  private Style pendingSpace;
  private int pendingBreaks;

  private Words(PdfFonts fonts, float size) {
    this.fonts = fonts;
    this.size = size;
  }

  /** Clean spans as words. */
  static List<Word> of(List<Span> cleanSpans, PdfFonts fonts, float size) {
    Words words = new Words(fonts, size);
    for (Span span : cleanSpans) {
      words.add(span.text(), span.style());
    }
    return words.finish();
  }

  private void add(String text, Style style) {
    BitSet softBreaks = ShownText.softBreaks(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (softBreaks.get(i)) {
        endWord(); // what follows is a word of its own, written with no space before it
      }
      // Code keeps its spaces: they are part of its words, and it breaks only where it must.
      if (c == '\n' || c == ' ' && style != Style.MONO) {
        endWord();
        if (c == '\n') {
          pendingBreaks++;
          pendingSpace = null;
        } else if (pendingBreaks == 0 && pendingSpace == null) {
          pendingSpace = style;
        }
        continue;
      }
      if (pieces.isEmpty() && run.isEmpty()) {
        spaceBefore = pendingSpace;
        breaksBefore = pendingBreaks;
        pendingSpace = null;
        pendingBreaks = 0;
      }
      if (!run.isEmpty() && runStyle != style) {
        flushRun();
      }
      runStyle = style;
      run.append(c);
    }
  }

  private List<Word> finish() {
    endWord();
    return words;
  }

  private void flushRun() {
    if (!run.isEmpty()) {
      pieces.addAll(fonts.pieces(run.toString(), runStyle, size));
      run.setLength(0);
    }
  }

  private void endWord() {
    flushRun();
    if (pieces.isEmpty()) {
      return;
    }
    float width = 0;
    for (Piece piece : pieces) {
      width += piece.width();
    }
    Piece space =
        spaceBefore == null || words.isEmpty() && breaksBefore == 0
            ? null
            : fonts
                .pieces(" ", spaceBefore == Style.MONO ? Style.MONO : Style.REGULAR, size)
                .get(0);
    words.add(new Word(pieces, width, space, breaksBefore));
    pieces = new ArrayList<>();
  }
}
