package org.hearth.application.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.quiz.QuizAnswers;
import org.junit.jupiter.api.Test;

class QuizStateTest {

  private static AttemptSummary attempt(int number, double percent, boolean passed) {
    return new AttemptSummary(
        number,
        Instant.parse("2026-12-0" + number + "T08:00:00Z"),
        percent / 100 * 3,
        3,
        percent,
        passed);
  }

  private static QuizState graded(AttemptSummary... attempts) {
    return new QuizState(QuizFixtures.GRADED, List.of(attempts), QuizAnswers.NONE, true);
  }

  @Test
  void aFirstVisitHasAllThreeAttemptsLeftAndNoBestOrPass() {
    QuizState state = graded();

    assertEquals(1, state.nextNumber());
    assertEquals(Optional.of(3), state.attemptsLeft());
    assertTrue(state.mayAttempt());
    assertEquals(Optional.empty(), state.best());
    assertFalse(state.passed());
  }

  @Test
  void eachAttemptUsesOneUpAndTheLastLeavesNoneAndNoFurtherTry() {
    AttemptSummary first = attempt(1, 33.33, false);
    AttemptSummary second = attempt(2, 66.67, false);
    AttemptSummary third = attempt(3, 0, false);

    assertEquals(Optional.of(2), graded(first).attemptsLeft());
    assertEquals(2, graded(first).nextNumber());
    assertTrue(graded(first, second).mayAttempt(), "one left");
    assertEquals(Optional.of(1), graded(first, second).attemptsLeft());
    QuizState used = graded(first, second, third);
    assertEquals(Optional.of(0), used.attemptsLeft());
    assertFalse(used.mayAttempt());
    assertEquals(4, used.nextNumber());
  }

  @Test
  void moreAttemptsThanTheLimitNowAllowsStillLeavesNoneNotANegativeNumber() {
    QuizState state =
        graded(
            attempt(1, 0, false),
            attempt(2, 0, false),
            attempt(3, 0, false),
            attempt(4, 10, false));

    assertEquals(Optional.of(0), state.attemptsLeft(), "the limit was lowered after a publish");
    assertFalse(state.mayAttempt());
  }

  @Test
  void anUnlimitedQuizCountsNoAttemptsLeftAndAlwaysAllowsAnotherTry() {
    List<AttemptSummary> many = new ArrayList<>();
    for (int n = 1; n <= 9; n++) {
      many.add(attempt(n, 10, false));
    }
    QuizState state = new QuizState(QuizFixtures.UNLIMITED, many, QuizAnswers.NONE, true);

    assertEquals(Optional.empty(), state.attemptsLeft());
    assertTrue(state.mayAttempt());
    assertEquals(10, state.nextNumber());
  }

  @Test
  void someoneNotEnrolledMayNotAttemptEvenWithAttemptsLeft() {
    assertFalse(
        new QuizState(QuizFixtures.GRADED, List.of(), QuizAnswers.NONE, false).mayAttempt());
    assertFalse(
        new QuizState(QuizFixtures.UNLIMITED, List.of(), QuizAnswers.NONE, false).mayAttempt());
  }

  @Test
  void theBestIsTheHighestScoreWhereverItCameAndPassedIsAnyPass() {
    AttemptSummary low = attempt(1, 33.33, false);
    AttemptSummary high = attempt(2, 100, true);
    AttemptSummary middle = attempt(3, 66.67, false);

    assertEquals(Optional.of(high), graded(high, low, middle).best(), "first");
    assertEquals(Optional.of(high), graded(low, high, middle).best(), "middle");
    assertEquals(Optional.of(high), graded(low, middle, high).best(), "last");
    assertTrue(graded(low, high, middle).passed());
    assertFalse(graded(low, middle).passed());
    assertEquals(Optional.of(middle), graded(low, middle).best());
  }

  @Test
  void ofTwoEqualBestScoresTheLaterAttemptIsShown() {
    AttemptSummary earlier = attempt(1, 66.67, false);
    AttemptSummary later = attempt(2, 66.67, false);

    assertEquals(Optional.of(later), graded(earlier, later).best());
    assertEquals(Optional.of(later), graded(later, earlier).best());
  }

  @Test
  void theAttemptsAreACopyThatCannotBeChanged() {
    List<AttemptSummary> attempts = new ArrayList<>(List.of(attempt(1, 0, false)));
    QuizState state = new QuizState(QuizFixtures.GRADED, attempts, QuizAnswers.NONE, true);
    attempts.add(attempt(2, 0, false));

    assertEquals(1, state.attempts().size());
    assertThrows(
        UnsupportedOperationException.class, () -> state.attempts().add(attempt(3, 0, false)));
  }
}
