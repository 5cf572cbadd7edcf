package org.hearth.application.quiz;

import static org.hearth.application.quiz.QuizFixtures.AMARA;
import static org.hearth.application.quiz.QuizFixtures.CHECK;
import static org.hearth.application.quiz.QuizFixtures.COURSE;
import static org.hearth.application.quiz.QuizFixtures.LESSON;
import static org.hearth.application.quiz.QuizFixtures.QUIZ;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;
import org.junit.jupiter.api.Test;

/**
 * A pass whose completion was never written (a crash in between) is completed on the next visit.
 */
class QuizServiceReconcileTest {

  private static final AttemptSummary PASSED =
      new AttemptSummary(1, Instant.EPOCH, 3, 3, 100, true);
  private static final AttemptSummary FAILED =
      new AttemptSummary(1, Instant.EPOCH, 1, 3, 33.33, false);

  private final StubProgress progress = new StubProgress();
  private final QuizService service = new QuizService();

  QuizServiceReconcileTest() {
    service.progress = progress;
    progress.enrolled.add(AMARA.id());
    progress.done.put(AMARA.id(), new HashSet<>(List.of(LESSON.id(), QUIZ.id())));
  }

  private static CourseProgress current(boolean enrolled, Long... done) {
    return new CourseProgress(COURSE, enrolled, Set.of(done), Optional.empty(), Optional.empty());
  }

  private static QuizState state(QuizDefinition quiz, AttemptSummary... attempts) {
    return new QuizState(quiz, List.of(attempts), QuizAnswers.NONE, true);
  }

  private List<String> reconciled(CourseProgress current, LessonView item, QuizState state) {
    progress.completions.clear();
    service.reconcile(AMARA, COURSE, current, item, state);
    return List.copyOf(progress.completions);
  }

  @Test
  void aPassedQuizNotYetDoneIsCompleted() {
    assertEquals(
        List.of("7: 2"),
        reconciled(current(true, 1L), QUIZ, state(QuizFixtures.GRADED, FAILED, PASSED)));
  }

  @Test
  void aSubmittedSelfCheckNotYetDoneIsCompletedButAnUntriedOneIsNot() {
    CourseProgress current = current(true, 1L, 2L);

    assertEquals(
        List.of("7: 3"), reconciled(current, CHECK, state(QuizFixtures.SELF_CHECK, FAILED)));
    assertEquals(List.of(), reconciled(current, CHECK, state(QuizFixtures.SELF_CHECK)));
  }

  @Test
  void aGradedQuizTriedButNotPassedStaysOpen() {
    assertEquals(
        List.of(), reconciled(current(true, 1L), QUIZ, state(QuizFixtures.GRADED, FAILED)));
  }

  @Test
  void nothingIsWrittenForAQuizAlreadyDoneOrForSomeoneNotEnrolledOrNotThereYet() {
    QuizState passed = state(QuizFixtures.GRADED, PASSED);

    assertEquals(List.of(), reconciled(current(true, 1L, 2L), QUIZ, passed), "already done");
    assertEquals(List.of(), reconciled(current(false, 1L), QUIZ, passed), "left the course");
    assertEquals(List.of(), reconciled(current(true), QUIZ, passed), "the lesson before not done");
  }
}
