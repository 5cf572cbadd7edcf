package org.hearth.infrastructure.markdown;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.owasp.html.HtmlChangeListener;

/**
 * The one gate between rendered Markdown and a browser: an allow-list of the elements CommonMark
 * and its extensions produce, and of the raw HTML lessons written for other tools carry ({@code
 * <details>}/{@code <summary>}, {@code <kbd>}, {@code <abbr>}, {@code <mark>}, {@code <figure>},
 * {@code <span id>} anchors, {@code <div class="challenge">} callouts), with only http, https and
 * mailto (or relative) URLs, and images only from Hearth itself. Scripts, event handlers, styles,
 * frames, forms and embeds never pass, however they are encoded. Classes are kept only from a list
 * of callout and code names, so content can never dress itself as Hearth's own page (a fake Quick
 * exit, a hidden overlay), and ids Hearth's pages use themselves are dropped from content.
 */
public final class HtmlSanitizer {

  private HtmlSanitizer() {}

  public static String sanitize(String html) {
    return LessonHtmlPolicy.POLICY.sanitize(html);
  }

  /**
   * Sanitises, then tells {@code leftOut} what was dropped, if anything: the elements, and the
   * attributes by element, in the order first met ("<iframe>, the onclick of
   *
   * <p>").
   */
  public static String sanitize(String html, Consumer<String> leftOut) {
    Set<String> dropped = new LinkedHashSet<>();
    String clean =
        LessonHtmlPolicy.POLICY.sanitize(
            html,
            new HtmlChangeListener<Set<String>>() {
              @Override
              public void discardedTag(Set<String> into, String elementName) {
                into.add("<" + elementName + ">");
              }

              @Override
              public void discardedAttributes(
                  Set<String> into, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                  // data-* attributes (footnote markers, a site generator's hooks) do nothing here,
                  // and markdown="1" has done its work (see HtmlBlockSpacing).
                  if (!attribute.startsWith("data-") && !attribute.equals("markdown")) {
                    into.add("the " + attribute + " of <" + tagName + ">");
                  }
                }
              }
            },
            dropped);
    if (!dropped.isEmpty()) {
      leftOut.accept(String.join(", ", dropped));
    }
    return clean;
  }
}
