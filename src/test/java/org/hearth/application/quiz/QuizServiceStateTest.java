package org.hearth.application.quiz;

import static org.hearth.application.quiz.QuizFixtures.AMARA;
import static org.hearth.application.quiz.QuizFixtures.CHECK;
import static org.hearth.application.quiz.QuizFixtures.COURSE;
import static org.hearth.application.quiz.QuizFixtures.LESSON;
import static org.hearth.application.quiz.QuizFixtures.NAME;
import static org.hearth.application.quiz.QuizFixtures.NOW;
import static org.hearth.application.quiz.QuizFixtures.QUIZ;
import static org.hearth.application.quiz.QuizFixtures.SERGEI;
import static org.hearth.application.quiz.QuizFixtures.answers;
import static org.hearth.application.quiz.QuizFixtures.right;
import static org.hearth.application.quiz.QuizFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.quiz.QuizService.AttemptReview;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;

/** What a learner sees of a quiz: their attempts, their draft, a review of each attempt. */
class QuizServiceStateTest {

  private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
  private final StubProgress progress = new StubProgress();
  private final QuizService service = new QuizService();

  QuizServiceStateTest() {
    QuizWrites writes = new QuizWrites();
    writes.quizzes = quizzes;
    service.quizzes = quizzes;
    service.writes = writes;
    service.progress = progress;
    service.clock = QuizFixtures.CLOCK;
    enrol(AMARA);
  }

  private void enrol(SignedInUser learner) {
    progress.enrolled.add(learner.id());
    progress.done.put(learner.id(), new HashSet<>(List.of(LESSON.id())));
    quizzes.enrol(learner.id(), COURSE.id());
  }

  private CourseProgress current(SignedInUser learner) {
    return progress.of(Optional.of(learner), COURSE);
  }

  private QuizState state(SignedInUser learner) {
    return service.state(learner, current(learner), QUIZ);
  }

  /**
   * Three attempts: the first wrong at the start, the middle all right, the last wrong at the end.
   */
  private void threeAttempts() {
    service.submit(AMARA, COURSE, QUIZ, token(1), answers("o1", NAME, "true"));
    service.submit(AMARA, COURSE, QUIZ, token(2), right());
    service.submit(AMARA, COURSE, QUIZ, token(3), answers("o2", NAME, "false"));
  }

  @Test
  void aFirstVisitHasNoAttemptsAndNoDraft() {
    QuizState state = state(AMARA);

    assertEquals(QuizFixtures.GRADED, state.quiz());
    assertEquals(List.of(), state.attempts());
    assertEquals(QuizAnswers.NONE, state.draft());
    assertTrue(state.enrolled());
    assertFalse(service.state(SERGEI, current(SERGEI), QUIZ).enrolled());
  }

  @Test
  void everyAttemptIsSummarisedInOrderWithItsOwnScore() {
    threeAttempts();

    List<AttemptSummary> attempts = state(AMARA).attempts();

    assertEquals(List.of(1, 2, 3), attempts.stream().map(AttemptSummary::number).toList());
    assertEquals(
        List.of(66.67, 100.0, 66.67), attempts.stream().map(AttemptSummary::percent).toList());
    assertEquals(List.of(2.0, 3.0, 2.0), attempts.stream().map(AttemptSummary::score).toList());
    assertEquals(
        List.of(false, true, false), attempts.stream().map(AttemptSummary::passed).toList());
    assertEquals(3.0, attempts.get(2).maxScore());
    assertEquals(NOW, attempts.get(0).submittedAt());
    assertEquals(List.of(), service.state(SERGEI, current(SERGEI), QUIZ).attempts());
  }

  @Test
  void eachAttemptIsReviewedWithItsAnswersCreditsAndFeedback() {
    threeAttempts();

    AttemptReview first = service.review(AMARA, QUIZ, 1).orElseThrow();
    AttemptReview middle = service.review(AMARA, QUIZ, 2).orElseThrow();
    AttemptReview last = service.review(AMARA, QUIZ, 3).orElseThrow();

    assertEquals(1, first.summary().number());
    assertEquals(Map.of("q1", 0.0, "q2", 1.0, "q3", 1.0), first.credits());
    assertEquals(List.of("<p>a thing</p>"), first.feedback().results().get(0).feedbackHtml());
    assertEquals(answers("o1", NAME, "true"), first.answers());
    assertEquals(100.0, middle.summary().percent());
    assertEquals(right(), middle.answers());
    assertEquals(Map.of("q1", 1.0, "q2", 1.0, "q3", 1.0), middle.credits());
    assertEquals(3, last.summary().number());
    assertEquals(List.of("<p>it can, though</p>"), last.feedback().results().get(2).feedbackHtml());
    assertEquals(0.0, last.credits().get("q3"));
  }

  @Test
  void thereIsNoReviewOfAnAttemptNotMadeOrSomeoneElses() {
    threeAttempts();
    enrol(SERGEI);

    assertEquals(Optional.empty(), service.review(AMARA, QUIZ, 4));
    assertEquals(Optional.empty(), service.review(AMARA, QUIZ, 0));
    assertEquals(Optional.empty(), service.review(SERGEI, QUIZ, 1));
    assertThrows(IllegalArgumentException.class, () -> service.review(AMARA, LESSON, 1));
  }

  @Test
  void aDraftComesBackExactlyAsTypedAndTheLastSaveWins() {
    for (String typed : RealText.samples()) {
      service.saveDraft(AMARA, COURSE, QUIZ, answers("o1", typed, ""));

      assertEquals(typed, state(AMARA).draft().values("q2").get(0));
    }
    assertEquals(1, quizzes.drafts.size());
    assertEquals(NOW, quizzes.draft(AMARA.id(), QUIZ.id()).orElseThrow().getSavedAt());
    assertEquals(QuizAnswers.NONE, service.state(SERGEI, current(SERGEI), QUIZ).draft());
  }

  @Test
  void aDraftIsSavedOnlyForAnEnrolledLearnerWhoHasReachedTheQuiz() {
    QuizProblem stranger =
        assertThrows(QuizProblem.class, () -> service.saveDraft(SERGEI, COURSE, QUIZ, right()));
    QuizProblem early =
        assertThrows(QuizProblem.class, () -> service.saveDraft(AMARA, COURSE, CHECK, right()));

    assertEquals("Enrol in the course to take its quizzes.", stranger.getMessage());
    assertEquals("This quiz opens once the item before it is complete.", early.getMessage());
    assertEquals(Map.of(), quizzes.drafts);
  }
}
