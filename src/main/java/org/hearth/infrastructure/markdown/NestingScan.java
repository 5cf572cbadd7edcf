package org.hearth.infrastructure.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates, line by line and before anything is parsed, how deeply a Markdown text nests quotes
 * and lists: commonmark-java builds and walks its tree recursively, so tens of thousands of levels
 * would exhaust the stack inside the parser itself. A line's depth is the number of quote and list
 * markers it opens with plus its indentation in steps of two columns (how nested lists are
 * written). Lines inside fenced code are skipped, since their indentation is code, not nesting.
 */
final class NestingScan {

  private static final Pattern MARKER =
      Pattern.compile("\\G[ \\t]{0,3}(?:>|[-+*][ \\t]|[0-9]{1,9}[.)][ \\t])");
  private static final Pattern FENCE = Pattern.compile("^[ \\t]{0,3}(```|~~~)");

  private NestingScan() {}

  /** The first line nesting deeper than {@code limit}, or 0 when none does. */
  static int firstLineDeeperThan(String markdown, int limit) {
    String[] lines = markdown.split("\n", -1);
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
        continue;
      }
      if (!inFence && depth(line) > limit) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The line with the most markup characters, for a text too deep in a way the scan does not see.
   */
  static int busiestLine(String markdown) {
    String[] lines = markdown.split("\n", -1);
    int best = 1;
    long most = -1;
    for (int i = 0; i < lines.length; i++) {
      long markup =
          lines[i]
              .chars()
              .filter(c -> c == '>' || c == '*' || c == '_' || c == '[' || c == '-' || c == '`')
              .count();
      if (markup > most) {
        most = markup;
        best = i + 1;
      }
    }
    return best;
  }

  private static int depth(String line) {
    int columns = 0;
    while (columns < line.length()
        && (line.charAt(columns) == ' ' || line.charAt(columns) == '\t')) {
      columns++;
    }
    int markers = 0;
    Matcher marker = MARKER.matcher(line);
    int at = 0;
    while (marker.find(at) && marker.start() == at) {
      markers++;
      at = marker.end();
      if (markers > 1_000_000) {
        break;
      }
    }
    return markers + columns / 2;
  }
}
