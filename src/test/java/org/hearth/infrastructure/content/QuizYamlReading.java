package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Optional;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * The real {@code .quiz.yaml} reader, for tests outside this package (the quiz editor's) that check
 * that the text they write reads back as the quiz they meant. Links are left as written, so a quiz
 * reads the same wherever its texts stand in the file.
 */
public final class QuizYamlReading {

  private static final String PATH = "courses/demo/01-module/01-quiz.quiz.yaml";
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  private QuizYamlReading() {}

  /**
   * The quiz as the content reader reads it, or empty when it reported a problem (see {@link
   * #problems}).
   */
  public static Optional<LessonOutline> read(String yaml) {
    return new QuizYamlReader(new ProblemList(), QuizYamlReading::render).read(yaml, PATH, "quiz");
  }

  /** What the content reader reports about the text; empty for a valid quiz. */
  public static List<ContentProblem> problems(String yaml) {
    ProblemList problems = new ProblemList();
    new QuizYamlReader(problems, QuizYamlReading::render).read(yaml, PATH, "quiz");
    return problems.problems();
  }

  private static String render(String markdown, int firstLine) {
    return RENDERER.render(markdown, (destination, image, line) -> destination);
  }
}
