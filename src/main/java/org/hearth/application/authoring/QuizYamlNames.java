package org.hearth.application.authoring;

import java.util.Arrays;
import java.util.Optional;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.quiz.Scoring;

/**
 * The words a {@code .quiz.yaml} file uses for question types, quiz kinds and scorings, as
 * content/README.md lists them.
 */
final class QuizYamlNames {

  private QuizYamlNames() {}

  static String of(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE -> "single";
      case MULTIPLE_CHOICE -> "multiple";
      case TRUE_FALSE -> "true-false";
      case SHORT_ANSWER -> "short";
      case MATCHING -> "matching";
      case ORDERING -> "ordering";
      case NUMERICAL -> "numerical";
    };
  }

  static String of(QuizKind kind) {
    return kind == QuizKind.SELF_CHECK ? "self-check" : "graded";
  }

  static String of(Scoring scoring) {
    return scoring == Scoring.PARTIAL ? "partial" : "all-or-nothing";
  }

  static Optional<QuestionType> type(String name) {
    return Arrays.stream(QuestionType.values()).filter(t -> of(t).equals(name)).findFirst();
  }

  static Optional<QuizKind> kind(String name) {
    return Arrays.stream(QuizKind.values()).filter(k -> of(k).equals(name)).findFirst();
  }

  static Optional<Scoring> scoring(String name) {
    return Arrays.stream(Scoring.values()).filter(s -> of(s).equals(name)).findFirst();
  }
}
