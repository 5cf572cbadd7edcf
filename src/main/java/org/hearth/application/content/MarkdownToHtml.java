package org.hearth.application.content;

/**
 * Renders a lesson's Markdown as safe HTML (commonmark-java and the OWASP sanitiser, in
 * infrastructure): a port, so a draft's preview renders exactly as the published lesson will.
 */
public interface MarkdownToHtml {

  /**
   * The sanitised HTML of {@code markdown}.
   *
   * @throws MarkdownTooDeep when the text nests deeper than {@link MarkdownTooDeep#MAX_DEPTH}
   */
  String render(String markdown);
}
