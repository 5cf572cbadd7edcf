package org.hearth.infrastructure.markdown;

import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one gate between rendered Markdown and a browser: an allow-list of the elements CommonMark
 * and its extensions produce, with only http, https and mailto (or relative) URLs, and images only
 * from Hearth itself. Scripts, event handlers, styles, frames and forms never pass, however they
 * are encoded.
 */
public final class HtmlSanitizer {

  /**
   * Heading anchors in any script, starting with a letter or a digit ("émotions-et-sécurité",
   * "1-safety-first", "王秀英的故事"), and footnote ids: never spaces, quotes or markup.
   */
  private static final Pattern ID =
      Pattern.compile(
          "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_:.-]{0,100}|fn(ref)?-[\\p{L}\\p{M}\\p{N}_-]{1,100}");

  private static final Pattern CLASS =
      Pattern.compile(
          "(footnotes|footnote-ref|footnote-backref|task-list-item|language-[a-z0-9+#-]{1,30})");

  /**
   * Images load from Hearth only: a source on another site is dropped, so the image is never
   * fetched.
   */
  private static final AttributePolicy OWN_ADDRESS =
      (element, attribute, value) -> ExternalAddress.isExternal(value) ? null : value;

  private static final Pattern ALIGN = Pattern.compile("left|center|right");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "div",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "blockquote",
              "pre",
              "code",
              "hr",
              "br",
              "ul",
              "ol",
              "li",
              "dl",
              "dt",
              "dd",
              "em",
              "strong",
              "b",
              "i",
              "del",
              "s",
              "sup",
              "sub",
              "kbd",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img",
              "section",
              "input")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src")
          .matching(OWN_ADDRESS)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .allowAttributes("id")
          .matching(ID)
          .onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "sup", "section")
          .allowAttributes("class")
          .matching(CLASS)
          .onElements("section", "sup", "a", "li", "code")
          .allowAttributes("tabindex")
          .matching(Pattern.compile("0"))
          .onElements("pre")
          .allowAttributes("align")
          .matching(ALIGN)
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .allowAttributes("type")
          .matching(Pattern.compile("checkbox"))
          .onElements("input")
          .allowAttributes("checked", "disabled")
          .onElements("input")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private HtmlSanitizer() {}

  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
