package org.hearth.infrastructure.content;

import java.util.Locale;

/**
 * The text formats a GIFT text may name at its start, as in {@code [markdown]**Bold**}. Answers and
 * feedback without a marker take their question's format; a question without one is {@link
 * #MOODLE}, which Hearth, like {@link #PLAIN}, shows as written.
 */
enum GiftFormat {
  MOODLE,
  HTML,
  PLAIN,
  MARKDOWN;

  /** A text without its format marker, and the format it names (or {@code inherited}). */
  record Marked(GiftFormat format, GiftText text) {}

  static Marked split(GiftText text, GiftFormat inherited) {
    GiftText stripped = text.strip();
    if (stripped.startsWith("[")) {
      int end = stripped.indexOf(']', 1);
      if (end > 0) {
        String name = stripped.sub(1, end).toString();
        for (GiftFormat format : values()) {
          if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
            return new Marked(format, stripped.sub(end + 1).strip());
          }
        }
      }
    }
    return new Marked(inherited, stripped);
  }

  /** What stands for the missing word of a question with text after its answers. */
  String blank() {
    return this == MARKDOWN ? "\\_\\_\\_\\_\\_" : "_____";
  }
}
