package org.hearth.application.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;

/**
 * Where one learner stands with one quiz: past attempts, answers in progress, and whether they may
 * try again.
 */
public record QuizState(
    QuizDefinition quiz, List<AttemptSummary> attempts, QuizAnswers draft, boolean enrolled) {

  public QuizState {
    attempts = List.copyOf(attempts);
  }

  public int nextNumber() {
    return attempts.size() + 1;
  }

  /** Attempts left, or empty when unlimited. */
  public Optional<Integer> attemptsLeft() {
    return quiz.unlimitedAttempts()
        ? Optional.empty()
        : Optional.of(Math.max(0, quiz.maxAttempts() - attempts.size()));
  }

  public boolean mayAttempt() {
    return enrolled && attemptsLeft().map(left -> left > 0).orElse(true);
  }

  /** The highest score so far: the one that counts. */
  public Optional<AttemptSummary> best() {
    return attempts.stream()
        .max(
            Comparator.comparingDouble(AttemptSummary::percent)
                .thenComparing(AttemptSummary::number));
  }

  public boolean passed() {
    return attempts.stream().anyMatch(AttemptSummary::passed);
  }
}
