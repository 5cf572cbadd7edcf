package org.hearth.infrastructure.content;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between two "---" lines at the top) and its
 * body, remembering on which line of the file the body starts.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** A file with no front matter at all: all of it is body. */
  static FrontMatter none(String text) {
    return new FrontMatter("", 0, normalise(text), 1);
  }

  /** Whether the file starts a front matter block ("---" on its first line). */
  static boolean opens(String text) {
    return normalise(text).startsWith("---\n");
  }

  private static String normalise(String text) {
    String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutMark.replace("\r\n", "\n");
  }

  /** Empty when the file does not start with a "---" line or the block is never closed. */
  static Optional<FrontMatter> split(String text) {
    String normalised = normalise(text);
    if (!normalised.startsWith("---\n")) {
      return Optional.empty();
    }
    int lineNumber = 1;
    int position = 4;
    while (position <= normalised.length()) {
      int end = normalised.indexOf('\n', position);
      String line = end < 0 ? normalised.substring(position) : normalised.substring(position, end);
      lineNumber++;
      if (line.strip().equals("---")) {
        String yaml = normalised.substring(4, position);
        String body = end < 0 ? "" : normalised.substring(end + 1);
        return Optional.of(new FrontMatter(yaml, 2, body, lineNumber + 1));
      }
      if (end < 0) {
        break;
      }
      position = end + 1;
    }
    return Optional.empty();
  }
}
