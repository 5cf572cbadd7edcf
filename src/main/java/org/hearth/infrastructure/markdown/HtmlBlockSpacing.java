package org.hearth.infrastructure.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Markdown inside raw HTML containers render as Markdown, as kramdown's {@code markdown="1"}
 * and Python-Markdown's md_in_html do: CommonMark ends an HTML block only at a blank line, so text
 * written straight after {@code <details>} or {@code <div class="challenge" markdown="1">} would
 * stay raw. A blank line goes after each line that only opens a container (or holds a whole {@code
 * <summary>}), and after a line of tags alone that starts an HTML block (such as an anchor {@code
 * <span id="why"></span>} before a heading), and before each line that only closes a container.
 * Inside block quotes the same holds. Other tools' callout syntaxes become such containers first
 * ({@link CalloutSyntax}). Fenced code is left alone. Lines inserted are remembered, so problems
 * still name the author's own line numbers.
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
  private static final Pattern QUOTES = Pattern.compile("(\\s{0,3}>)+");

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
    String[] raw = markdown.split("\n", -1);
    List<CalloutSyntax.Line> written = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      written.add(new CalloutSyntax.Line(line, i + 1));
    }
    List<CalloutSyntax.Line> lines = CalloutSyntax.rewrite(written);
    StringBuilder out = new StringBuilder(markdown.length() + 64);
    List<Integer> authorLines = new ArrayList<>(lines.size() + 8);
    CodeFence fence = new CodeFence();
    boolean previousBlank = true;
    for (int i = 0; i < lines.size(); i++) {
      CalloutSyntax.Line line = lines.get(i);
      String prefix = quotePrefix(line.text());
      String bare = line.text().substring(prefix.length()).replaceFirst("^ ", "");
      boolean code = fence.takes(bare);
      if (!code && CLOSES.matcher(bare).matches() && !previousBlank) {
        add(out, authorLines, prefix.stripTrailing(), line.author());
      }
      add(out, authorLines, line.text(), line.author());
      boolean startsBlock =
          OPENS.matcher(bare).matches() || (previousBlank && TAG_ONLY.matcher(bare).matches());
      previousBlank = bare.isBlank();
      if (!code && startsBlock && i + 1 < lines.size()) {
        String next = lines.get(i + 1).text();
        String nextBare = next.substring(quotePrefix(next).length()).replaceFirst("^ ", "");
        if (!nextBare.isBlank() && !TAG_ONLY.matcher(nextBare).matches()) {
          add(out, authorLines, prefix.stripTrailing(), line.author());
          previousBlank = true;
        }
      }
    }
    out.setLength(out.length() - 1);
    return new Spaced(out.toString(), authorLines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The block quote markers a line starts with ("> > "), or "" for none. */
  private static String quotePrefix(String line) {
    Matcher quoted = QUOTES.matcher(line);
    return quoted.lookingAt() ? quoted.group() : "";
  }

  private static void add(StringBuilder out, List<Integer> authorLines, String line, int author) {
    out.append(line).append('\n');
    authorLines.add(author);
  }
}
