package org.hearth.application.quiz;

import static org.hearth.application.quiz.QuizFixtures.NOW;
import static org.hearth.application.quiz.QuizFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hearth.application.quiz.QuizService.Submission;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDraft;
import org.hearth.domain.quiz.QuizGrade;
import org.hearth.domain.quiz.QuizGrader;
import org.junit.jupiter.api.Test;

/** The writes under the enrolment lock: the attempt limit, a repeated token, and drafts. */
class QuizWritesTest {

  private static final long AMARA = 7;
  private static final long COURSE = 10;
  private static final long QUIZ = 2;

  private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
  private final QuizWrites writes = new QuizWrites();
  private final QuizGrade passing =
      new QuizGrader().grade(QuizFixtures.GRADED, QuizFixtures.right());

  QuizWritesTest() {
    writes.quizzes = quizzes;
    quizzes.enrol(AMARA, COURSE);
  }

  private Submission record(int maxAttempts, String token) {
    return writes.record(
        AMARA, COURSE, QUIZ, maxAttempts, token, passing, QuizFixtures.right(), NOW);
  }

  @Test
  void theFirstAttemptIsNumberOneStoredWithItsGradeUnderTheEnrolmentLock() {
    Submission submission = record(3, token(1));

    assertFalse(submission.repeated());
    assertSame(passing, submission.grade());
    assertEquals(List.of(submission.attempt()), quizzes.stored);
    assertEquals(1, submission.attempt().getNumber());
    assertEquals(AMARA, submission.attempt().getAccountId());
    assertEquals(COURSE, submission.attempt().getCourseId());
    assertEquals(QUIZ, submission.attempt().getLessonId());
    assertEquals(NOW, submission.attempt().getSubmittedAt());
    assertEquals(100.0, submission.attempt().getPercent());
    assertTrue(submission.attempt().isPassed());
    assertEquals(List.of(List.of(AMARA, COURSE)), quizzes.locks);
    assertEquals(
        Map.of("q1", 1.0, "q2", 1.0, "q3", 1.0),
        quizzes.credits(submission.attempt().getId()),
        "each question's credit is stored beside the attempt");
  }

  @Test
  void attemptsAreNumberedOnAndTheLimitRefusesTheOneAfterTheLast() {
    assertEquals(1, record(2, token(1)).attempt().getNumber());
    assertEquals(2, record(2, token(2)).attempt().getNumber());

    QuizProblem problem = assertThrows(QuizProblem.class, () -> record(2, token(3)));

    assertEquals(
        "You have used all 2 attempts at this quiz. Your best score is the one that counts.",
        problem.getMessage());
    assertEquals(2, quizzes.stored.size());
  }

  @Test
  void noLimitMeansAnyNumberOfAttempts() {
    for (int n = 1; n <= 6; n++) {
      assertEquals(n, record(0, token(n)).attempt().getNumber());
    }
    assertEquals(6, quizzes.stored.size());
  }

  @Test
  void theSameTokenAgainReturnsTheStoredAttemptWithoutGradingOrCountingIt() {
    Submission first = record(1, token(1));

    Submission again = record(1, token(1));

    assertTrue(again.repeated());
    assertSame(first.attempt(), again.attempt());
    assertNull(again.grade(), "the service grades it again from the stored answers");
    assertEquals(1, quizzes.stored.size(), "and the limit of one is not reached by a repeat");
  }

  @Test
  void someoneNotEnrolledOrWhoLeftStoresNothing() {
    QuizProblem stranger =
        assertThrows(
            QuizProblem.class,
            () -> writes.record(8, COURSE, QUIZ, 3, token(1), passing, QuizAnswers.NONE, NOW));
    quizzes.enrolments.get(List.of(AMARA, COURSE)).leave();
    QuizProblem left = assertThrows(QuizProblem.class, () -> record(3, token(2)));

    assertEquals("Enrol in the course to take its quizzes.", stranger.getMessage());
    assertEquals("Enrol in the course to take its quizzes.", left.getMessage());
    assertEquals(List.of(), quizzes.stored);
  }

  @Test
  void submittingClearsThisQuizsDraftAndNoOtherOne() {
    writes.saveDraft(AMARA, QUIZ, QuizFixtures.answers("o1", "", ""), NOW);
    writes.saveDraft(AMARA, 4, QuizFixtures.answers("o2", "", ""), NOW);
    writes.saveDraft(8, QUIZ, QuizFixtures.answers("o2", "", ""), NOW);

    record(3, token(1));

    assertTrue(quizzes.draft(AMARA, QUIZ).isEmpty());
    assertTrue(quizzes.draft(AMARA, 4).isPresent(), "another quiz's draft stays");
    assertTrue(quizzes.draft(8, QUIZ).isPresent(), "another learner's draft stays");
  }

  @Test
  void aSecondDraftSaveChangesTheSavedDraftInPlace() {
    Instant later = NOW.plusSeconds(90);
    writes.saveDraft(AMARA, QUIZ, QuizFixtures.answers("o1", "", ""), NOW);
    QuizDraft saved = quizzes.draft(AMARA, QUIZ).orElseThrow();

    writes.saveDraft(AMARA, QUIZ, QuizFixtures.answers("o2", "שרה לוי", ""), later);

    assertEquals(1, quizzes.drafts.size());
    QuizDraft now = quizzes.draft(AMARA, QUIZ).orElseThrow();
    assertSame(saved, now, "updated, not inserted again (which the primary key would refuse)");
    assertEquals(QuizFixtures.answers("o2", "שרה לוי", ""), now.getAnswers());
    assertEquals(later, now.getSavedAt());
  }

  @Test
  void lookingUpATokenFindsOnlyThatAttempt() {
    Submission first = record(3, token(1));
    record(3, token(2));

    assertSame(first.attempt(), writes.byToken(token(1)).orElseThrow());
    assertTrue(writes.byToken(token(9)).isEmpty());
  }
}
