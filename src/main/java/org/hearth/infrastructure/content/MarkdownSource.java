package org.hearth.infrastructure.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.infrastructure.markdown.HtmlSanitizer;
import org.owasp.html.Encoding;

/**
 * Markdown source for a text written in another format, for GIFT questions pasted into the quiz
 * editor, where every text is Markdown. Plain text keeps its characters and line breaks; HTML keeps
 * its words, paragraphs, line breaks and link addresses, but not its other formatting.
 */
final class MarkdownSource {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])");
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]{1,32};");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "dl",
          "table",
          "hr",
          "section");
  private static final Set<String> LINES = Set.of("br", "li", "dt", "dd", "tr");

  /** Characters that start Markdown syntax wherever they stand. */
  private static final String ALWAYS_ESCAPED = "\\`*_[]|";

  /**
   * Characters that start Markdown syntax at the start of a line: headings, quotes, lists, rules,
   * fences.
   */
  private static final String ESCAPED_FIRST = "#>-+=~";

  private MarkdownSource() {}

  /**
   * Markdown that shows {@code text} as written: no character taken for syntax, each line break
   * kept.
   */
  static String ofPlainText(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> escaped = new ArrayList<>(lines.length);
    for (String line : lines) {
      escaped.add(escapeLine(line.strip()));
    }
    StringBuilder markdown = new StringBuilder();
    for (int i = 0; i < escaped.size(); i++) {
      markdown.append(escaped.get(i));
      if (i + 1 < escaped.size()) {
        if (!escaped.get(i).isEmpty() && !escaped.get(i + 1).isEmpty()) {
          markdown.append('\\'); // a hard line break, as plain text shows one
        }
        markdown.append('\n');
      }
    }
    return markdown.toString().strip();
  }

  /** Markdown for sanitised {@code html}: its text, paragraphs, line breaks and link addresses. */
  static String ofHtml(String html) {
    String safe = HtmlSanitizer.sanitize(html);
    StringBuilder text = new StringBuilder();
    Deque<String> links = new ArrayDeque<>();
    Matcher tag = TAG.matcher(safe);
    int at = 0;
    while (tag.find()) {
      text.append(words(safe.substring(at, tag.start())));
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      boolean closing = !tag.group(1).isEmpty();
      if (LINES.contains(name) && !closing) {
        text.append('\n');
      } else if (BLOCKS.contains(name)) {
        text.append("\n\n");
      } else if (name.equals("a") && !closing) {
        Matcher href = HREF.matcher(tag.group(3));
        links.push(href.find() ? Encoding.decodeHtml(href.group(1)) : "");
      } else if (name.equals("a") && !links.isEmpty()) {
        String href = links.pop();
        if (!href.isEmpty()) {
          text.append(" (").append(href).append(')');
        }
      }
      at = tag.end();
    }
    text.append(words(safe.substring(at)));
    return ofPlainText(paragraphs(text.toString()));
  }

  private static String escapeLine(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
      boolean escape =
          ALWAYS_ESCAPED.indexOf(c) >= 0
              || (c == '<'
                  && (Character.isLetter(next) || "/!?".indexOf(next) >= 0)) // a tag or an autolink
              || (c == '&' && ENTITY.matcher(line).region(i, line.length()).lookingAt());
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    if (!out.isEmpty() && ESCAPED_FIRST.indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    }
    Matcher numbered = NUMBERED.matcher(out);
    if (numbered.find()) {
      out.insert(numbered.start(2), '\\'); // "1. " would start a numbered list
    }
    return out.toString();
  }

  /**
   * HTML text: runs of white space are one space, and entities are the characters they stand for.
   */
  private static String words(String html) {
    return Encoding.decodeHtml(html.replaceAll("\\s+", " "));
  }

  /** Lines without white space at either end, and at most one blank line in a row. */
  private static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        blank = !out.isEmpty();
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(stripped);
      blank = false;
    }
    return out.toString();
  }
}
