package org.hearth.infrastructure.content;

/**
 * Renders a piece of Markdown found in a quiz file to sanitised HTML, as lessons are rendered, so a
 * prompt may link a lesson and a broken link is reported at its line in the quiz file.
 */
@FunctionalInterface
interface QuizMarkdown {

  /**
   * @param markdown the text
   * @param firstLine the line of the quiz file the text starts on
   */
  String render(String markdown, int firstLine);
}
