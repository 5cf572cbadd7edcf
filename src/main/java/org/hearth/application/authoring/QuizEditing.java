package org.hearth.application.authoring;

import java.util.Collections;
import java.util.List;

/**
 * What the quiz editor's classes share: how a text from a form is stored, and how an entry moves or
 * goes in its list.
 */
final class QuizEditing {

  private QuizEditing() {}

  /**
   * The text as stored: never null, and with a browser's {@code \r\n} stored as {@code \n}, which
   * means the same in Markdown and keeps the YAML in block style.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Moves {@code element} by {@code by} places; false when it is not in the list or would leave it.
   */
  static <T> boolean move(List<T> list, T element, int by) {
    int from = indexOf(list, element);
    int to = from + by;
    if (from < 0 || to < 0 || to >= list.size()) {
      return false;
    }
    Collections.swap(list, from, to);
    return true;
  }

  /**
   * Removes {@code element} itself (drafts are compared by identity: two blank options are not the
   * same).
   */
  static <T> boolean remove(List<T> list, T element) {
    int at = indexOf(list, element);
    if (at < 0) {
      return false;
    }
    list.remove(at);
    return true;
  }

  private static <T> int indexOf(List<T> list, T element) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == element) {
        return i;
      }
    }
    return -1;
  }
}
