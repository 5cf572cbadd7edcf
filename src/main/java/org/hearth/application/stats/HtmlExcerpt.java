package org.hearth.application.stats;

/** The start of some sanitised HTML as plain text, for labels in tables and charts. */
final class HtmlExcerpt {

  private HtmlExcerpt() {}

  static String excerpt(String html, int maxLength) {
    String text =
        html.replaceAll("<[^>]*>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
    return text.length() <= maxLength ? text : text.substring(0, maxLength - 1).strip() + "…";
  }
}
