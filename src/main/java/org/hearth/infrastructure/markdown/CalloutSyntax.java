package org.hearth.infrastructure.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The callout syntaxes of other tools, rewritten as the HTML containers Hearth styles, line by line
 * (each line keeps its author's line number): Pandoc, Carpentries Workbench and Docusaurus fenced
 * divs ({@code ::: challenge} … {@code :::}, {@code :::note Title}), kramdown block attributes
 * after a block quote ({@code > ## Challenge} … {@code {: .challenge}}, nested ones too), MkDocs
 * admonitions ({@code !!! note "Title"} with an indented body) and kramdown's language attribute
 * after a code fence ({@code {: .language-bash}}). Other attribute lists are dropped. Fenced code
 * is left alone.
 */
final class CalloutSyntax {

  /** One line and the author's line number it came from. */
  record Line(String text, int author) {}

  private static final Pattern QUOTES =
      Pattern.compile("^((?:\\s{0,3}>)*)\\s?(.*)$", Pattern.DOTALL);
  private static final Pattern FENCED_DIV_OPEN =
      Pattern.compile(
          " {0,3}:{3,}\\s*(?:\\{\\s*\\.?([A-Za-z][\\w-]*)[^}]*}|\\.?([A-Za-z][\\w-]*))"
              + "\\s*(?:\\[(.*)]|(.*?))[\\s:]*");
  private static final Pattern FENCED_DIV_CLOSE = Pattern.compile(" {0,3}:{3,}\\s*");
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:\\s*([^}]*)}\\s*");
  private static final Pattern ADMONITION =
      Pattern.compile("( {0,3})(!!!|\\?\\?\\?\\+?)\\s+([A-Za-z][\\w-]*)(?:\\s+\"([^\"]*)\")?\\s*");

  private final List<Line> lines;
  private final List<Line> out;
  private final Deque<String> openDivs = new ArrayDeque<>();
  private final CodeFence fence = new CodeFence();
  private int fenceOpenedAt = -1;
  private int lastFenceClosedAt = -1;

  private CalloutSyntax(List<Line> lines) {
    this.lines = lines;
    this.out = new ArrayList<>(lines.size() + 8);
  }

  static List<Line> rewrite(List<Line> lines) {
    CalloutSyntax syntax = new CalloutSyntax(lines);
    for (int i = 0; i < lines.size(); i++) {
      i = syntax.take(i);
    }
    int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).author();
    while (!syntax.openDivs.isEmpty()) {
      syntax.openDivs.pop();
      syntax.out.add(new Line("</div>", last));
    }
    return syntax.out;
  }

  /** Takes line {@code i} (and, for an admonition, its body); returns the last line taken. */
  private int take(int i) {
    Line line = lines.get(i);
    Matcher quoted = QUOTES.matcher(line.text());
    quoted.matches();
    String prefix = quoted.group(1);
    String rest = quoted.group(2);
    if (code(line, rest)) {
      return i;
    }
    Matcher admonition = ADMONITION.matcher(line.text());
    if (prefix.isEmpty() && admonition.matches()) {
      return admonition(lines, i, admonition, out);
    }
    Matcher attributes = ATTRIBUTE_LIST.matcher(rest);
    if (attributes.matches()) {
      applyAttributes(out, prefix, attributes.group(1), line, lastFenceClosedAt, fenceOpenedAt);
    } else if (!prefix.isEmpty() || !fencedDiv(line, rest)) {
      out.add(line);
    }
    return i;
  }

  /** Whether the line opens, holds or closes fenced code, which is kept as it is. */
  private boolean code(Line line, String rest) {
    boolean wasOpen = fence.isOpen();
    if (!fence.takes(rest)) {
      return false;
    }
    if (!wasOpen) {
      fenceOpenedAt = out.size();
    } else if (!fence.isOpen()) {
      lastFenceClosedAt = out.size();
    }
    out.add(line);
    return true;
  }

  /** A fenced div's opening or closing line, as a container's tag; false for any other line. */
  private boolean fencedDiv(Line line, String rest) {
    boolean closes = FENCED_DIV_CLOSE.matcher(rest).matches();
    Matcher opens = FENCED_DIV_OPEN.matcher(rest);
    if (!closes && opens.matches()) {
      String name =
          (opens.group(1) != null ? opens.group(1) : opens.group(2)).toLowerCase(Locale.ROOT);
      openDivs.push(name);
      out.add(new Line(openTag("div", name), line.author()));
      addTitle(out, opens.group(3) != null ? opens.group(3) : opens.group(4), line.author());
      return true;
    }
    if (closes && !openDivs.isEmpty()) {
      openDivs.pop();
      out.add(new Line("</div>", line.author()));
      return true;
    }
    return false;
  }

  /**
   * {@code {: .challenge}} after a block quote wraps the quote; {@code {: .language-x}} after a
   * code fence names the fence's language; anything else is dropped. The line itself becomes blank,
   * so nothing shows it.
   */
  private static void applyAttributes(
      List<Line> out, String prefix, String list, Line line, int fenceClosed, int fenceOpened) {
    List<String> classes = new ArrayList<>();
    for (String token : list.trim().split("\\s+")) {
      if (token.startsWith(".") && token.length() > 1) {
        classes.add(token.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    int depth = depth(prefix);
    int previous = previousNonBlank(out);
    String language =
        classes.stream().filter(c -> c.startsWith("language-")).findFirst().orElse(null);
    if (previous >= 0 && previous == fenceClosed && fenceOpened >= 0) {
      Line opening = out.get(fenceOpened);
      if (language != null && opening.text().strip().matches("(`{3,}|~{3,})")) {
        out.set(
            fenceOpened,
            new Line(opening.text().stripTrailing() + language.substring(9), opening.author()));
      }
    } else if (previous >= 0 && depth(quotePrefix(out.get(previous).text())) > depth) {
      int start = previous;
      while (start > 0
          && !out.get(start - 1).text().isBlank()
          && depth(quotePrefix(out.get(start - 1).text())) > depth) {
        start--;
      }
      String name = classes.stream().filter(c -> !c.startsWith("language-")).findFirst().orElse("");
      if (!name.isEmpty()) {
        out.add(start, new Line(prefix + openTag("div", name), out.get(start).author()));
        out.add(new Line(prefix + "</div>", line.author()));
        return;
      }
    }
    out.add(new Line(prefix.stripTrailing(), line.author()));
  }

  /** An MkDocs admonition and its indented body; returns the index of its last line. */
  private static int admonition(List<Line> lines, int at, Matcher head, List<Line> out) {
    String name = head.group(3).toLowerCase(Locale.ROOT);
    boolean collapsible = head.group(2).startsWith("???");
    String tag = collapsible ? "details" : "div";
    out.add(new Line(openTag(tag, name), lines.get(at).author()));
    String title = head.group(4);
    if (collapsible) {
      String summary = title == null || title.isBlank() ? label(name) : title;
      out.add(new Line("<summary>" + escaped(summary) + "</summary>", lines.get(at).author()));
    } else {
      addTitle(out, title, lines.get(at).author());
    }
    int i = at + 1;
    while (i < lines.size()
        && (lines.get(i).text().isBlank() || lines.get(i).text().startsWith("    "))) {
      String text = lines.get(i).text();
      out.add(new Line(text.isBlank() ? "" : text.substring(4), lines.get(i).author()));
      i++;
    }
    out.add(new Line("</" + tag + ">", lines.get(i - 1).author()));
    return i - 1;
  }

  private static void addTitle(List<Line> out, String title, int author) {
    if (title != null && !title.isBlank()) {
      out.add(
          new Line(
              "<p class=\"callout-title\"><strong>" + escaped(title.strip()) + "</strong></p>",
              author));
      // The title is an HTML block of its own: what follows is Markdown again.
      out.add(new Line("", author));
    }
  }

  /** {@code <div class="challenge" role="note" aria-label="Challenge">}. */
  private static String openTag(String tag, String name) {
    return "<" + tag + " class=\"" + name + "\" role=\"note\" aria-label=\"" + label(name) + "\">";
  }

  private static String label(String name) {
    String words = name.replace('-', ' ').replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static int previousNonBlank(List<Line> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      String text = out.get(i).text();
      if (!text.isBlank() && !text.replace(">", "").isBlank()) {
        return i;
      }
      if (text.isBlank()) {
        return -1;
      }
    }
    return -1;
  }

  private static String quotePrefix(String text) {
    Matcher quoted = QUOTES.matcher(text);
    return quoted.matches() ? quoted.group(1) : "";
  }

  private static int depth(String prefix) {
    return (int) prefix.chars().filter(c -> c == '>').count();
  }
}
