package org.hearth.infrastructure.content;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between two "---" lines at the top) and its
 * body, remembering on which line of the file the body starts.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Empty when the file does not start with a "---" line or the block is never closed. */
  static Optional<FrontMatter> split(String text) {
    String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalised = normalised.replace("\r\n", "\n");
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
