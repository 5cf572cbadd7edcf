package org.hearth.infrastructure.content;

import java.util.Optional;
import java.util.function.Consumer;
import org.hearth.application.authoring.QuizDocument;
import org.hearth.application.authoring.QuizQuestionDraft;
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
  private final QuizDocument form;
  private String formProblem;

  QuizYamlFile(
      String path, boolean graded, ProblemList problems, QuizMarkdown markdown, QuizDocument form) {
    this.path = path;
    this.graded = graded;
    this.problems = problems;
    this.markdown = markdown;
    this.form = form;
  }

  /** The quiz editor's form of this file, filled in as the file is read. */
  QuizDocument form() {
    return form;
  }

  /** Reports a problem that also keeps the file out of the quiz editor's form. */
  void problemForm(int line, String message) {
    problem(line, message);
    if (formProblem == null) {
      formProblem = "line " + line + ": " + message;
    }
  }

  /** The first problem the form cannot hold, if any. */
  Optional<String> formProblem() {
    return Optional.ofNullable(formProblem);
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

  /**
   * Renders an optional Markdown field, empty when the field is missing, and hands the text as
   * written to {@code form}.
   */
  String renderOptional(YamlMapping yaml, String key, Consumer<String> form) {
    yaml.raw(key).ifPresent(form);
    return yaml.located(key).map(this::render).orElse("");
  }

  /** The question's scoring, also set on its form when the file spells it out. */
  Scoring scoring(YamlMapping yaml, Scoring defaultScoring, QuizQuestionDraft draft) {
    Optional<String> written = yaml.text("scoring");
    if (written.isEmpty()) {
      return defaultScoring;
    }
    Scoring scoring =
        switch (written.get()) {
          case "all-or-nothing" -> Scoring.ALL_OR_NOTHING;
          case "partial" -> Scoring.PARTIAL;
          default -> null;
        };
    if (scoring == null) {
      problem(
          yaml.lineOfKey("scoring"),
          "scoring must be all-or-nothing or partial, not \"" + written.get() + "\"");
      return defaultScoring;
    }
    draft.setScoring(scoring);
    draft.keepSpelledOut("scoring");
    return scoring;
  }

  /** Only a graded quiz needs a right answer; a self-check question may be a free reflection. */
  void noCorrectAnswer(YamlMapping yaml, String message) {
    if (graded) {
      problem(yaml.line(), message + " (or make the quiz \"kind: self-check\")");
    }
  }
}
