package org.hearth.infrastructure.markdown;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What HTML a lesson may hold, for {@link HtmlSanitizer}: the elements and attributes, and the
 * rules for ids (any script, never one of the page's own), classes (callouts and code languages
 * only) and image sources (Hearth's own).
 */
final class LessonHtmlPolicy {

  /**
   * Heading anchors in any script, starting with a letter or a digit ("émotions-et-sécurité",
   * "1-safety-first", "王秀英的故事"), and footnote ids: never spaces, quotes or markup.
   */
  private static final Pattern ID =
      Pattern.compile(
          "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_:.-]{0,100}|fn(ref)?-[\\p{L}\\p{M}\\p{N}_-]{1,100}");

  /** Ids the pages around a lesson use; content that repeats one loses it. */
  private static final Set<String> PAGE_IDS =
      Set.of(
          "main",
          "messages",
          "quick-exit",
          "quick-exit-status",
          "lesson-title",
          "notes",
          "notes-heading",
          "note-hint",
          "note-save-status",
          "complete",
          "lesson-status",
          "module-progress",
          "content-note",
          "content-note-heading",
          "not-now",
          "continue",
          "objectives-heading",
          "quiz",
          "quiz-rules",
          "quiz-score",
          "quiz-preview",
          "result",
          "result-heading",
          "worksheet",
          "signout",
          "submit",
          "save",
          "try-again",
          "unanswered",
          "attempt-history",
          "earlier-times",
          "download-blank",
          "download-mine");

  private static final AttributePolicy IDS =
      (element, attribute, value) ->
          ID.matcher(value).matches() && !PAGE_IDS.contains(value) ? value : null;

  private static final Pattern CODE_CLASS =
      Pattern.compile(
          "footnotes|footnote-ref|footnote-backref|task-list-item|language-[a-z0-9+#-]{1,30}");

  /** The callouts and admonitions lessons written for other tools use, styled by Hearth. */
  static final Set<String> CALLOUTS =
      Set.of(
          "callout",
          "challenge",
          "solution",
          "keypoints",
          "objectives",
          "prereq",
          "discussion",
          "testimonial",
          "checklist",
          "instructor",
          "note",
          "tip",
          "hint",
          "info",
          "warning",
          "caution",
          "important",
          "danger",
          "callout-title");

  /** Of the classes written, those Hearth knows; none left, no class attribute. */
  private static final AttributePolicy CLASSES =
      (element, attribute, value) -> {
        String kept =
            Arrays.stream(value.trim().split("\\s+"))
                .filter(c -> CALLOUTS.contains(c) || CODE_CLASS.matcher(c).matches())
                .distinct()
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
      };

  /**
   * Images load from Hearth only: a source on another site is dropped, so the image is never
   * fetched.
   */
  private static final AttributePolicy OWN_ADDRESS =
      (element, attribute, value) -> ExternalAddress.isExternal(value) ? null : value;

  private static final String[] BLOCKS_AND_SPANS = {
    "p",
    "div",
    "span",
    "section",
    "aside",
    "details",
    "summary",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "li",
    "td",
    "th",
    "table",
    "dt",
    "dd"
  };

  static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "div",
              "span",
              "section",
              "aside",
              "details",
              "summary",
              "figure",
              "figcaption",
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
              "u",
              "del",
              "ins",
              "s",
              "sup",
              "sub",
              "kbd",
              "samp",
              "var",
              "abbr",
              "dfn",
              "mark",
              "small",
              "cite",
              "q",
              "table",
              "caption",
              "thead",
              "tbody",
              "tfoot",
              "tr",
              "th",
              "td",
              "a",
              "img",
              "input")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href", "title", "aria-label")
          .onElements("a")
          .allowAttributes("src")
          .matching(OWN_ADDRESS)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .allowAttributes("width", "height")
          .matching(Pattern.compile("[0-9]{1,4}"))
          .onElements("img")
          .allowAttributes("title")
          .onElements("abbr", "dfn", "span")
          .allowAttributes("id")
          .matching(IDS)
          .onElements(
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "li",
              "a",
              "sup",
              "section",
              "div",
              "span",
              "aside",
              "details",
              "figure",
              "p",
              "table",
              "dt",
              "blockquote",
              "summary")
          .allowAttributes("class")
          .matching(CLASSES)
          .onElements(
              "section",
              "sup",
              "a",
              "li",
              "code",
              "div",
              "span",
              "aside",
              "details",
              "figure",
              "blockquote",
              "p",
              "pre")
          .allowAttributes("role")
          .matching(Pattern.compile("note"))
          .onElements("div", "aside", "details")
          .allowAttributes("aria-label")
          .onElements("div", "aside", "details")
          .allowAttributes("open")
          .matching(Pattern.compile("|open"))
          .onElements("details")
          .allowAttributes("dir")
          .matching(Pattern.compile("ltr|rtl|auto"))
          .onElements(BLOCKS_AND_SPANS)
          .allowAttributes("lang")
          .matching(Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}"))
          .onElements(BLOCKS_AND_SPANS)
          .allowAttributes("tabindex")
          .matching(Pattern.compile("0"))
          .onElements("pre")
          .allowAttributes("align")
          .matching(Pattern.compile("left|center|right"))
          .onElements("th", "td")
          .allowAttributes("colspan", "rowspan")
          .matching(Pattern.compile("[1-9][0-9]{0,2}"))
          .onElements("th", "td")
          .allowAttributes("scope")
          .matching(Pattern.compile("row|col|rowgroup|colgroup"))
          .onElements("th")
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

  private LessonHtmlPolicy() {}
}
