package org.hearth.domain.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds characters in a name or title that could make it read as something it is not: controls,
 * bidirectional overrides (which turn "evil\u202Etxt.exe" into "evilexe.txt" on screen) and
 * invisible characters such as zero-width spaces. Names and titles holding one are refused with a
 * sentence that names the character, rather than shown as written.
 *
 * <p>Invisible joiners that real writing needs are kept: the zero-width joiner inside emoji
 * sequences (👩‍👩‍👧, 🏳️‍🌈) and after letters of scripts that use it, the zero-width non-joiner
 * in scripts that use it (Persian, Hindi and other Indic scripts), tag characters in flag
 * sequences, and the left-to-right and right-to-left marks that keyboards for Hebrew and Arabic
 * insert.
 */
public final class VisibleText {

  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;
  private static final int BLACK_FLAG = 0x1F3F4;

  /** Scripts whose writers type the zero-width (non-)joiner on purpose. */
  private static final Set<Character.UnicodeScript> JOINING_SCRIPTS =
      Set.of(
          Character.UnicodeScript.ARABIC,
          Character.UnicodeScript.SYRIAC,
          Character.UnicodeScript.NKO,
          Character.UnicodeScript.MONGOLIAN,
          Character.UnicodeScript.DEVANAGARI,
          Character.UnicodeScript.BENGALI,
          Character.UnicodeScript.GURMUKHI,
          Character.UnicodeScript.GUJARATI,
          Character.UnicodeScript.ORIYA,
          Character.UnicodeScript.TAMIL,
          Character.UnicodeScript.TELUGU,
          Character.UnicodeScript.KANNADA,
          Character.UnicodeScript.MALAYALAM,
          Character.UnicodeScript.SINHALA,
          Character.UnicodeScript.KHMER,
          Character.UnicodeScript.MYANMAR);

  private VisibleText() {}

  /**
   * Why {@code text} cannot be used as a name or title, as a sentence fragment such as "holds an
   * invisible right-to-left override (U+202E) after “evil”"; empty when every character shows as
   * written. Tabs and line breaks count as controls here: a name is one line.
   */
  public static Optional<String> problemInLine(String text) {
    return problem(text, false);
  }

  /** Like {@link #problemInLine}, but tabs and line breaks are allowed (summaries, notes). */
  public static Optional<String> problemInProse(String text) {
    return problem(text, true);
  }

  private static Optional<String> problem(String text, boolean lineBreaksAllowed) {
    if (text == null) {
      return Optional.empty();
    }
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next =
          i + Character.charCount(c) < text.length()
              ? text.codePointAt(i + Character.charCount(c))
              : -1;
      if (!allowed(c, previous, next, lineBreaksAllowed)) {
        return Optional.of("holds " + describe(c) + " " + where(text, i));
      }
      previous = c;
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static boolean allowed(int c, int previous, int next, boolean lineBreaksAllowed) {
    if (c == ZWJ) {
      return isEmojiPart(previous) && isEmojiPart(next) || inJoiningScript(previous);
    }
    if (c == ZWNJ) {
      return inJoiningScript(previous);
    }
    if (c >= 0xE0020 && c <= 0xE007F) { // tag characters: only inside a flag such as 🏴 + tags
      return previous == BLACK_FLAG || previous >= 0xE0020 && previous <= 0xE007F;
    }
    if (Character.getType(c) == Character.CONTROL) {
      return lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r');
    }
    if (Character.getType(c) == Character.SURROGATE) {
      return false; // half of a character: the text was cut or corrupted on the way
    }
    return !isHiddenFormat(c);
  }

  /** Invisible formatting characters with no place in a name or title. */
  private static boolean isHiddenFormat(int c) {
    return c >= 0x202A && c <= 0x202E // embeddings and overrides
        || c >= 0x2066 && c <= 0x2069 // isolates
        || c == 0x200B
        || c == 0x2060
        || c == 0xFEFF
        || c == 0x00AD
        || c == 0x180E
        || c == 0x034F
        || c >= 0x2061 && c <= 0x2064 // invisible operators
        || c >= 0x206A && c <= 0x206F // deprecated format characters
        || c >= 0xFFF9 && c <= 0xFFFB; // interlinear annotation
  }

  private static boolean isEmojiPart(int c) {
    if (c < 0) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.OTHER_SYMBOL || c == 0xFE0F || c >= 0x1F3FB && c <= 0x1F3FF;
  }

  private static boolean inJoiningScript(int c) {
    return c >= 0 && JOINING_SCRIPTS.contains(Character.UnicodeScript.of(c));
  }

  private static String describe(int c) {
    String code = String.format(Locale.ROOT, "U+%04X", c);
    if (Character.getType(c) == Character.SURROGATE) {
      return "half of a character (" + code + ")";
    }
    String name =
        switch (c) {
          case '\t' -> "a tab";
          case '\n', '\r' -> "a line break";
          case ZWJ -> "an invisible zero-width joiner";
          case ZWNJ -> "an invisible zero-width non-joiner";
          case 0x202E -> "an invisible right-to-left override";
          case 0x202D -> "an invisible left-to-right override";
          case 0x200B -> "an invisible zero-width space";
          case 0x2060 -> "an invisible word joiner";
          case 0xFEFF -> "an invisible byte order mark";
          case 0x00AD -> "an invisible soft hyphen";
          default -> {
            if (Character.getType(c) == Character.CONTROL) {
              yield "a control character";
            }
            String unicode = Character.getName(c);
            yield "an invisible character"
                + (unicode == null ? "" : " (" + unicode.toLowerCase(Locale.ROOT) + ")");
          }
        };
    return name + " (" + code + ")";
  }

  /** Up to 12 characters before the one at fault, so the writer can find it. */
  private static String where(String text, int index) {
    int start = index;
    for (int n = 0; n < 12 && start > 0; n++) {
      start = text.offsetByCodePoints(start, -1);
    }
    String before = text.substring(start, index).strip();
    return before.isEmpty() ? "at the start" : "after “" + before + "”";
  }
}
