package org.hearth.application.quiz;

import static org.hearth.application.quiz.QuizFixtures.AMARA;
import static org.hearth.application.quiz.QuizFixtures.COURSE;
import static org.hearth.application.quiz.QuizFixtures.LESSON;
import static org.hearth.application.quiz.QuizFixtures.QUIZ;
import static org.hearth.application.quiz.QuizFixtures.right;
import static org.hearth.application.quiz.QuizFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.hearth.application.quiz.QuizService.Submission;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizGrade;
import org.junit.jupiter.api.Test;

/** A failed write is tried again, and one lost to a racing request is that request's attempt. */
class QuizServiceRetryTest {

  /** Fails the first {@code failures} writes; a racing request may store its attempt first. */
  private static final class FlakyWrites extends QuizWrites {
    int failures;
    boolean racing;
    RuntimeException thrown;
    int calls;

    @Override
    public Submission record(
        long accountId,
        long courseId,
        long lessonId,
        int maxAttempts,
        String token,
        QuizGrade grade,
        QuizAnswers answers,
        Instant now) {
      calls++;
      if (racing && calls == 1) {
        super.record(accountId, courseId, lessonId, maxAttempts, token, grade, answers, now);
      }
      if (calls <= failures) {
        thrown = new PersistenceException("lost a race, try " + calls);
        throw thrown;
      }
      return super.record(accountId, courseId, lessonId, maxAttempts, token, grade, answers, now);
    }
  }

  private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
  private final StubProgress progress = new StubProgress();
  private final FlakyWrites writes = new FlakyWrites();
  private final QuizService service = new QuizService();

  QuizServiceRetryTest() {
    writes.quizzes = quizzes;
    service.quizzes = quizzes;
    service.writes = writes;
    service.progress = progress;
    service.clock = QuizFixtures.CLOCK;
    progress.enrolled.add(AMARA.id());
    progress.done.put(AMARA.id(), new HashSet<>(List.of(LESSON.id())));
    quizzes.enrol(AMARA.id(), COURSE.id());
  }

  @Test
  void aWriteThatFailsIsTriedAgainAndStopsOnceStored() {
    writes.failures = 2;

    Submission submission = service.submit(AMARA, COURSE, QUIZ, token(1), right());

    assertEquals(3, writes.calls);
    assertFalse(submission.repeated());
    assertEquals(1, quizzes.stored.size());
    assertEquals(List.of("7: 2"), progress.completions);
  }

  @Test
  void aWriteLostToARacingRequestWithTheSameTokenIsThatRequestsAttemptRepeated() {
    writes.failures = 1;
    writes.racing = true;

    Submission submission = service.submit(AMARA, COURSE, QUIZ, token(1), right());

    assertEquals(1, writes.calls, "found stored: not written again");
    assertTrue(submission.repeated());
    assertSame(quizzes.stored.get(0), submission.attempt());
    assertTrue(submission.grade().passed(), "graded from its stored answers");
    assertEquals(List.of("7: 2"), progress.completions, "the pass still completes the quiz");
  }

  @Test
  void aWriteThatKeepsFailingIsTriedFiveTimesAndItsLastFailureReported() {
    writes.failures = Integer.MAX_VALUE;

    RuntimeException failure =
        assertThrows(
            RuntimeException.class, () -> service.submit(AMARA, COURSE, QUIZ, token(1), right()));

    assertEquals(5, writes.calls);
    assertSame(writes.thrown, failure);
    assertEquals("lost a race, try 5", failure.getMessage());
    assertEquals(List.of(), progress.completions);
  }

  @Test
  void aRefusalIsNotTriedAgain() {
    quizzes.enrolments.get(List.of(AMARA.id(), COURSE.id())).leave();

    QuizProblem problem =
        assertThrows(
            QuizProblem.class, () -> service.submit(AMARA, COURSE, QUIZ, token(1), right()));

    assertEquals(1, writes.calls);
    assertEquals("Enrol in the course to take its quizzes.", problem.getMessage());
  }
}
