package org.hearth.application.stats;

import org.jsoup.Jsoup;

/**
 * The start of some sanitised HTML as plain text, for labels in tables and charts: jsoup decodes
 * every entity the sanitiser writes ({@code &#34;}, {@code &#64;}, {@code &nbsp;}…) and folds the
 * white space, and a long text is cut between characters, never inside an emoji or another
 * character outside the Basic Multilingual Plane.
 */
final class HtmlExcerpt {

  private HtmlExcerpt() {}

  static String excerpt(String html, int maxLength) {
    String text = Jsoup.parseBodyFragment(html).text().strip();
    if (text.codePointCount(0, text.length()) <= maxLength) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxLength - 1)).strip() + "…";
  }
}
