package org.hearth.infrastructure.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.hearth.application.authoring.QuizDocument;
import org.hearth.application.authoring.QuizForms;

/**
 * The quiz editor's reading of a {@code .quiz.yaml} file, done by the importer's own {@link
 * QuizYamlReader}: the problems it finds are the editor's to show separately, and no Markdown is
 * rendered for a form.
 */
@ApplicationScoped
public class QuizYamlForms implements QuizForms {

  private static final String PATH = "the quiz";

  @Override
  public QuizDocument read(String yamlText) {
    QuizYamlReader.Reading reading =
        new QuizYamlReader(new ProblemList(), (markdown, line) -> "")
            .reading(yamlText == null ? "" : yamlText, PATH, "quiz");
    if (reading.formProblem().isPresent()) {
      throw new IllegalArgumentException(reading.formProblem().get());
    }
    return reading.form();
  }
}
