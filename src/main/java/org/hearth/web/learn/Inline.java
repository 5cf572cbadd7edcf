package org.hearth.web.learn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes rendered Markdown fit inside a label: a single paragraph loses its {@code <p>} wrapper. The
 * HTML was sanitised when the course was imported; nothing here adds markup.
 */
final class Inline {

  private static final Pattern ONE_PARAGRAPH =
      Pattern.compile("\\A\\s*<p>((?:(?!</?p[ >]).)*)</p>\\s*\\z", Pattern.DOTALL);

  private Inline() {}

  static String of(String html) {
    if (html == null) {
      return "";
    }
    Matcher matcher = ONE_PARAGRAPH.matcher(html);
    return matcher.matches() ? matcher.group(1) : html;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
