package org.hearth.application.catalog;

import java.util.List;

/** Joins author names the way people write them: "A", "A and B", "A, B and C". */
final class Bylines {

  private Bylines() {}

  static String of(List<String> authors) {
    if (authors.isEmpty()) {
      return "";
    }
    if (authors.size() == 1) {
      return authors.get(0);
    }
    return String.join(", ", authors.subList(0, authors.size() - 1))
        + " and "
        + authors.get(authors.size() - 1);
  }
}
