package org.hearth.application.authoring;

/**
 * Reads a {@code .quiz.yaml} file's text as the quiz editor's form: a port, implemented by the
 * content reader that imports quizzes, so the form and the import read the format in one place and
 * cannot come to disagree about what a file means.
 */
public interface QuizForms {

  /**
   * The quiz as a form, with each Markdown text exactly as written so saving keeps its layout. A
   * key the content reader would refuse is left out, and a value it would refuse takes its default:
   * the editor asks the content reader separately whether the file is a valid quiz.
   *
   * @throws IllegalArgumentException when the text is not YAML, not a mapping, or has a question
   *     without a known type; the message names the problem and its line
   */
  QuizDocument read(String yamlText);
}
