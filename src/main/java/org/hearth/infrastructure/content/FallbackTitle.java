package org.hearth.infrastructure.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's title when its front matter gives none, found as static-site generators find it: the
 * first {@code # heading} of the body (which then leaves the body, so the page does not show it
 * twice), else the file's name ("02-safety-first.md" → "Safety first").
 *
 * @param title the title to show
 * @param body the body without the heading used as the title
 * @param bodyFirstLine the line of the file the remaining body starts on
 * @param source where the title came from, for the author's note
 */
record FallbackTitle(String title, String body, int bodyFirstLine, String source) {

  private static final Pattern FIRST_HEADING =
      Pattern.compile("\\A(?:[ \\t]*\\n)*[ ]{0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*(?:\\n|\\z)");

  static FallbackTitle of(String slug, String body, int bodyFirstLine) {
    Matcher heading = FIRST_HEADING.matcher(body);
    if (heading.find() && !heading.group(1).isBlank()) {
      String rest = body.substring(heading.end());
      int linesUsed = (int) heading.group().chars().filter(c -> c == '\n').count();
      return new FallbackTitle(
          heading.group(1).strip(), rest, bodyFirstLine + linesUsed, "its first heading");
    }
    return new FallbackTitle(
        ContentNames.titleFromSlug(slug), body, bodyFirstLine, "its file name");
  }

  /** What the author is told: where the title came from, and how to choose another. */
  String note() {
    return "has no title in its front matter, so it is titled \""
        + title
        + "\" from "
        + source
        + "; add a line such as \"title: Welcome\" to the front matter to choose another";
  }
}
