package org.hearth.domain.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * An accepted short answer as Moodle reads it: an unescaped {@code *} stands for any run of
 * characters, none included, so {@code *} alone accepts every answer (the "anything else" answer of
 * a GIFT question, with its own feedback and credit) and {@code colo*r} accepts "color" and
 * "colour"; {@code \*} is a literal asterisk. Matched piece by piece with {@code indexOf}, never as
 * a regular expression, so no answer can make grading slow.
 */
final class WildcardAnswer {

  private WildcardAnswer() {}

  /** Whether {@code typed} is accepted by {@code accepted}; both already normalised. */
  static boolean matches(String accepted, String typed) {
    List<String> pieces = pieces(accepted);
    if (pieces.size() == 1) {
      return pieces.get(0).equals(typed);
    }
    String first = pieces.get(0);
    String last = pieces.get(pieces.size() - 1);
    if (!typed.startsWith(first) || typed.length() < first.length() + last.length()) {
      return false;
    }
    int from = first.length();
    int end = typed.length() - last.length();
    for (String piece : pieces.subList(1, pieces.size() - 1)) {
      int at = typed.indexOf(piece, from);
      if (at < 0 || at + piece.length() > end) {
        return false;
      }
      from = at + piece.length();
    }
    return typed.endsWith(last);
  }

  /** The literal text between unescaped asterisks: one piece when there is no wildcard. */
  private static List<String> pieces(String accepted) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < accepted.length(); i++) {
      char c = accepted.charAt(i);
      if (c == '\\' && i + 1 < accepted.length() && accepted.charAt(i + 1) == '*') {
        piece.append('*');
        i++;
      } else if (c == '*') {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    pieces.add(piece.toString());
    return pieces;
  }
}
