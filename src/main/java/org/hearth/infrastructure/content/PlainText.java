package org.hearth.infrastructure.content;

/** Shows text as it was written: HTML special characters escaped, line breaks kept. */
final class PlainText {

  private PlainText() {}

  static String toHtml(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&#34;");
        case '\'' -> html.append("&#39;");
        case '\n' -> html.append("<br>");
        case '\r' -> {}
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
