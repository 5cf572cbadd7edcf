package org.hearth.domain.quiz;

import java.util.List;
import java.util.Objects;

/**
 * A quiz as authored: its settings and questions, already rendered and sanitised. Title, minutes
 * and {@code required} live on the course item that holds it, like a lesson's.
 *
 * @param kind graded or self-check
 * @param passMark percent needed to pass a graded quiz, 0–100
 * @param maxAttempts attempts allowed; 0 means unlimited
 * @param shuffleQuestions show questions in a per-attempt random order
 * @param shuffleOptions show options (and ordering items) in a per-attempt random order
 * @param questions in source order
 */
public record QuizDefinition(
    QuizKind kind,
    int passMark,
    int maxAttempts,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    List<Question> questions) {

  public QuizDefinition {
    Objects.requireNonNull(kind, "kind");
    questions = List.copyOf(questions);
    if (passMark < 0 || passMark > 100) {
      throw new IllegalArgumentException("pass mark must be 0–100, not " + passMark);
    }
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("max attempts must not be negative, not " + maxAttempts);
    }
  }

  public boolean graded() {
    return kind == QuizKind.GRADED;
  }

  public boolean unlimitedAttempts() {
    return maxAttempts == 0;
  }

  public double maxScore() {
    return questions.stream().mapToDouble(Question::points).sum();
  }
}
