package org.hearth.infrastructure.content;

import java.util.Optional;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * The quiz file whose questions are being read, and the rules its questions share: where problems
 * go and under which path, how its Markdown is rendered, how a scoring is written, and that only a
 * graded quiz needs right answers.
 */
final class QuizYamlFile {

  private final String path;
  private final boolean graded;
  private final ProblemList problems;
  private final QuizMarkdown markdown;

  QuizYamlFile(String path, boolean graded, ProblemList problems, QuizMarkdown markdown) {
    this.path = path;
    this.graded = graded;
    this.problems = problems;
    this.markdown = markdown;
  }

  void problem(int line, String message) {
    problems.add(path, line, message);
  }

  int problemCount() {
    return problems.problems().size();
  }

  String render(Located text) {
    return markdown.render(text.text(), text.line());
  }

  /** Renders an optional Markdown field, empty when the field is missing. */
  String renderOptional(YamlMapping yaml, String key) {
    return yaml.located(key).map(this::render).orElse("");
  }

  Scoring scoring(YamlMapping yaml, Scoring defaultScoring) {
    Optional<String> scoring = yaml.text("scoring");
    if (scoring.isEmpty()) {
      return defaultScoring;
    }
    return switch (scoring.get()) {
      case "all-or-nothing" -> Scoring.ALL_OR_NOTHING;
      case "partial" -> Scoring.PARTIAL;
      default -> {
        problem(
            yaml.lineOfKey("scoring"),
            "scoring must be all-or-nothing or partial, not \"" + scoring.get() + "\"");
        yield defaultScoring;
      }
    };
  }

  /** Only a graded quiz needs a right answer; a self-check question may be a free reflection. */
  void noCorrectAnswer(YamlMapping yaml, String message) {
    if (graded) {
      problem(yaml.line(), message + " (or make the quiz \"kind: self-check\")");
    }
  }
}
