package org.hearth.infrastructure.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets Markdown inside raw HTML containers render as Markdown, as kramdown's {@code markdown="1"}
 * and Python-Markdown's md_in_html do: CommonMark ends an HTML block only at a blank line, so text
 * written straight after {@code <details>} or {@code <div class="challenge" markdown="1">} would
 * stay raw. A blank line goes after each line that only opens a container (or holds a whole {@code
 * <summary>}), and after a line of tags alone that starts an HTML block (such as an anchor {@code
 * <span id="why"></span>} before a heading), and before each line that only closes a container.
 * Fenced code is left alone. Lines inserted are remembered, so problems still name the author's own
 * line numbers.
 */
final class HtmlBlockSpacing {

  private static final String CONTAINERS = "div|details|section|aside|figure|blockquote|center";
  private static final Pattern OPENS =
      Pattern.compile(
          " {0,3}(<(" + CONTAINERS + ")\\b[^<>]*>|<summary\\b[^<>]*>.*</summary>)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSES =
      Pattern.compile(" {0,3}</(" + CONTAINERS + ")\\s*>\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG_ONLY = Pattern.compile(" {0,3}(</?[A-Za-z][^<>]*>\\s*)+");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  /** The spaced text, and for each of its lines (from 0) the author's line number (from 1). */
  record Spaced(String text, int[] authorLine) {

    /** The author's line for a line of the spaced text (from 1); 0 stays 0 (unknown). */
    int original(int spacedLine) {
      return spacedLine < 1 || spacedLine > authorLine.length
          ? spacedLine
          : authorLine[spacedLine - 1];
    }
  }

  private HtmlBlockSpacing() {}

  static Spaced of(String markdown) {
    String[] lines = markdown.split("\n", -1);
    StringBuilder out = new StringBuilder(markdown.length() + 64);
    List<Integer> authorLines = new ArrayList<>(lines.length + 8);
    String fence = null;
    boolean previousBlank = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (fence != null || FENCE.matcher(bare).matches()) {
        fence = nextFence(fence, bare);
      } else if (CLOSES.matcher(bare).matches() && !previousBlank) {
        add(out, authorLines, "", i + 1);
      }
      add(out, authorLines, line, i + 1);
      boolean startsBlock =
          OPENS.matcher(bare).matches() || (previousBlank && TAG_ONLY.matcher(bare).matches());
      previousBlank = bare.isBlank();
      boolean nextNeedsSpace =
          fence == null
              && startsBlock
              && i + 1 < lines.length
              && !lines[i + 1].isBlank()
              && !TAG_ONLY.matcher(lines[i + 1]).matches();
      if (nextNeedsSpace) {
        add(out, authorLines, "", i + 1);
        previousBlank = true;
      }
    }
    out.setLength(out.length() - 1);
    return new Spaced(out.toString(), authorLines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The fence still open after this line: opened, kept, or closed by a like fence. */
  private static String nextFence(String open, String line) {
    String trimmed = line.strip();
    if (open == null) {
      char mark = trimmed.charAt(0);
      int length = 0;
      while (length < trimmed.length() && trimmed.charAt(length) == mark) {
        length++;
      }
      return trimmed.substring(0, length);
    }
    boolean closes =
        trimmed.length() >= open.length()
            && trimmed.chars().allMatch(c -> c == open.charAt(0))
            && line.indexOf(open.charAt(0)) <= 3;
    return closes ? null : open;
  }

  private static void add(StringBuilder out, List<Integer> authorLines, String line, int author) {
    out.append(line).append('\n');
    authorLines.add(author);
  }
}
