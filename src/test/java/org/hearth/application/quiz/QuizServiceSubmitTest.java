package org.hearth.application.quiz;

import static org.hearth.application.quiz.QuizFixtures.AMARA;
import static org.hearth.application.quiz.QuizFixtures.CHECK;
import static org.hearth.application.quiz.QuizFixtures.COURSE;
import static org.hearth.application.quiz.QuizFixtures.LESSON;
import static org.hearth.application.quiz.QuizFixtures.NAME;
import static org.hearth.application.quiz.QuizFixtures.QUIZ;
import static org.hearth.application.quiz.QuizFixtures.SERGEI;
import static org.hearth.application.quiz.QuizFixtures.answers;
import static org.hearth.application.quiz.QuizFixtures.right;
import static org.hearth.application.quiz.QuizFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.quiz.QuizService.Submission;
import org.hearth.domain.quiz.QuizAnswers;
import org.junit.jupiter.api.Test;

/** Submitting: graded on the server, the limit kept, a pass completing the item. */
class QuizServiceSubmitTest {

  private static final String OUT_OF_DATE =
      "This quiz page is out of date. Reload it, and your saved answers will still be there.";

  private final InMemoryQuizzes quizzes = new InMemoryQuizzes();
  private final StubProgress progress = new StubProgress();
  private final QuizService service = new QuizService();

  QuizServiceSubmitTest() {
    QuizWrites writes = new QuizWrites();
    writes.quizzes = quizzes;
    service.quizzes = quizzes;
    service.writes = writes;
    service.progress = progress;
    service.clock = QuizFixtures.CLOCK;
    enrol(AMARA, LESSON.id());
  }

  private void enrol(SignedInUser learner, Long... done) {
    progress.enrolled.add(learner.id());
    progress.done.put(learner.id(), new HashSet<>(List.of(done)));
    quizzes.enrol(learner.id(), COURSE.id());
  }

  private Submission submit(SignedInUser learner, String token, QuizAnswers answers) {
    return service.submit(learner, COURSE, QUIZ, token, answers);
  }

  @Test
  void everyAnswerRightPassesIsStoredAndCompletesTheQuizBeforeReturning() {
    Submission submission = submit(AMARA, token(1), right());

    assertFalse(submission.repeated());
    assertTrue(submission.grade().passed());
    assertEquals(3.0, submission.grade().score());
    assertEquals(1, submission.attempt().getNumber());
    assertEquals(QuizFixtures.NOW, submission.attempt().getSubmittedAt(), "the clock's time");
    assertEquals(List.of(submission.attempt()), quizzes.stored);
    assertEquals(List.of("7: 2"), progress.completions);
  }

  @Test
  void aWrongFirstMiddleOrLastAnswerFailsAndCompletesNothingAndAFourthTryIsRefused() {
    List<QuizAnswers> oneWrong =
        List.of(
            answers("o1", NAME, "true"),
            answers("o2", "Chinua Achebe", "true"),
            answers("o2", NAME, "false"));
    for (int n = 0; n < oneWrong.size(); n++) {
      Submission submission = submit(AMARA, token(n), oneWrong.get(n));

      assertFalse(submission.grade().passed(), "2 of 3 is under 70 %: " + n);
      assertEquals(66.67, submission.attempt().getPercent());
      assertEquals(n + 1, submission.attempt().getNumber());
    }
    QuizProblem problem = assertThrows(QuizProblem.class, () -> submit(AMARA, token(9), right()));

    assertTrue(
        problem.getMessage().startsWith("You have used all 3 attempts"), problem.getMessage());
    assertEquals(3, quizzes.stored.size());
    assertEquals(List.of(), progress.completions);
  }

  @Test
  void theNameIsAcceptedAsTypedInAnyCaseAndWithSpacesAround() {
    Submission submission = submit(AMARA, token(1), answers("o2", "  ngũgĩ WA thiong’o ", "true"));

    assertTrue(submission.grade().passed());
    assertEquals("  ngũgĩ WA thiong’o ", submission.attempt().getAnswers().values("q2").get(0));
  }

  @Test
  void aSelfCheckCountsAsDoneOnceSubmittedWhateverTheAnswers() {
    progress.done.get(AMARA.id()).add(QUIZ.id());

    Submission submission = service.submit(AMARA, COURSE, CHECK, token(1), QuizAnswers.NONE);

    assertFalse(submission.grade().passed(), "a self-check is never passed");
    assertEquals(List.of("7: 3"), progress.completions);
  }

  @Test
  void theSameTokenTwiceStoresOneAttemptAndGivesItsGradeBack() {
    Submission first = submit(AMARA, token(1), right());

    Submission again = submit(AMARA, token(1), answers("o1", "", ""));

    assertTrue(again.repeated());
    assertSame(first.attempt(), again.attempt());
    assertEquals(first.grade(), again.grade(), "graded from the stored answers, not the new ones");
    assertEquals(1, quizzes.stored.size());
  }

  @Test
  void aTokenIsSixteenToSixtyFourLettersDigitsDashesOrUnderscores() {
    for (String bad :
        new String[] {
          null,
          "",
          "a".repeat(15),
          "a".repeat(65),
          "attempt token 0001",
          "attempt/token/0001",
          "jeton-tentative-é1",
          "attempt-token-👍🏽-0001"
        }) {
      QuizProblem problem = assertThrows(QuizProblem.class, () -> submit(AMARA, bad, right()));

      assertEquals(OUT_OF_DATE, problem.getMessage());
    }
    assertEquals(List.of(), quizzes.stored);
    assertEquals(1, submit(AMARA, "a".repeat(16), answers("o1", "", "")).attempt().getNumber());
    assertEquals(2, submit(AMARA, "Z_9-".repeat(16), answers("o1", "", "")).attempt().getNumber());
  }

  @Test
  void anotherLearnersTokenShowsThemNothingAndCompletesNothingForThem() {
    enrol(SERGEI, LESSON.id());
    submit(AMARA, token(1), right());
    progress.completions.clear();

    QuizProblem problem = assertThrows(QuizProblem.class, () -> submit(SERGEI, token(1), right()));

    assertEquals(OUT_OF_DATE, problem.getMessage());
    assertEquals(List.of(), progress.completions);
    assertEquals(1, quizzes.stored.size());
  }

  @Test
  void someoneNotEnrolledOrNotThereYetIsToldWhyAndNothingIsStored() {
    QuizProblem stranger = assertThrows(QuizProblem.class, () -> submit(SERGEI, token(1), right()));
    enrol(SERGEI);
    QuizProblem early = assertThrows(QuizProblem.class, () -> submit(SERGEI, token(2), right()));

    assertEquals("Enrol in the course to take its quizzes.", stranger.getMessage());
    assertEquals("This quiz opens once the item before it is complete.", early.getMessage());
    assertEquals(List.of(), quizzes.stored);
    assertEquals(List.of(), progress.completions);
  }

  @Test
  void anItemThatIsNotAQuizIsAProgrammingError() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> service.submit(AMARA, COURSE, LESSON, token(1), right()));

    assertEquals("item 1 is not a quiz", error.getMessage());
  }
}
