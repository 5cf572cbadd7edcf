package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.LearnerDataService;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.application.quiz.QuizProblem;
import org.hearth.application.quiz.QuizService;
import org.hearth.application.quiz.QuizState;
import org.hearth.application.stats.CourseStats;
import org.hearth.application.stats.CourseStatsService;
import org.hearth.application.stats.QuizStats;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quizzes inside Payara against the real database: attempts stored, numbered and limited even when
 * submissions race, double submits, progress, drafts, and the learner's data rights. Each test
 * imports its own sequential fixture course: a lesson, a graded quiz, a self-check, a lesson.
 */
@ExtendWith(ArquillianExtension.class)
class QuizIT {

  private static final String PASSWORD = "a long enough password";
  private static final QuizAnswers RIGHT =
      new QuizAnswers(Map.of("q1", List.of("o2"), "q2", List.of("true")));
  private static final QuizAnswers HALF =
      new QuizAnswers(Map.of("q1", List.of("o2"), "q2", List.of("false")));

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(QuizIT.class, ContentFixture.class, TestQuizCalls.class);
  }

  @Inject AccountService accounts;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @Inject QuizService quizzes;
  @Inject CourseCatalog catalog;
  @Inject ContentImportService importer;
  @Inject MarkdownRenderer markdown;
  @Inject LearnerDataService learnerData;
  @Inject CourseStatsService stats;
  @Inject AccountRepository accountRows;
  @Inject TestQuizCalls separateCalls;

  private SignedInUser learner(String name) {
    String email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@example.test";
    return SignedInUser.of(accounts.register(name, email, PASSWORD).account());
  }

  /**
   * A sequential course: 01 lesson, 02 graded quiz (pass mark 100, the given attempt limit), 03
   * self-check, 04 lesson.
   */
  private CourseView importCourse(int maxAttempts) {
    String slug = ContentFixture.uniqueSlug("quiz-course");
    ContentFixture fixture =
        new ContentFixture()
            .write(slug + "/course.yaml", "title: Quiz fixture\nsequential: true\n")
            .write(
                slug + "/01-steps/01-read.md", "---\ntitle: Read first\n---\nSomething to read.\n")
            .write(
                slug + "/01-steps/02-check.quiz.yaml",
                """
                title: Check
                pass_mark: 100
                max_attempts: %d
                questions:
                  - type: single
                    prompt: Which comes first?
                    explanation: Safety comes first.
                    options:
                      - text: Listening
                        feedback: Listening comes later.
                      - text: Safety
                        correct: true
                        feedback: Yes.
                  - type: true-false
                    prompt: Regulating helps.
                    answer: true
                """
                    .formatted(maxAttempts))
            .write(
                slug + "/01-steps/03-today.quiz.yaml",
                """
                title: How are you today
                kind: self-check
                questions:
                  - type: single
                    prompt: How settled do you feel?
                    options:
                      - text: Settled
                        feedback: Good to hear.
                      - text: Unsettled
                        feedback: Be gentle with yourself.
                """)
            .write(
                slug + "/01-steps/04-after.md", "---\ntitle: After the quiz\n---\nMore to read.\n");
    CourseImportResult result =
        importer.importAll(new FileSystemContentSource(fixture.root, markdown)).courses().stream()
            .filter(c -> c.slug().equals(slug))
            .findFirst()
            .orElseThrow();
    assertEquals(CourseImportStatus.IMPORTED, result.status(), () -> result.problems().toString());
    return catalog.course(slug).orElseThrow();
  }

  private static LessonView item(CourseView course, String slug) {
    return course.lesson(slug).orElseThrow(() -> new AssertionError("no item " + slug));
  }

  private CourseProgress progressOf(SignedInUser learner, CourseView course) {
    return progress.of(Optional.of(learner), course);
  }

  private static String token() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private long rows(String sql, long id) {
    return ((Number)
            accountRows
                .entityManager()
                .createNativeQuery(sql)
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  /** Enrols the learner and completes the lesson before the quiz, which opens it. */
  private CourseView readyToTakeTheQuiz(SignedInUser learner, int maxAttempts) {
    CourseView course = importCourse(maxAttempts);
    enrolments.enrol(learner, course.slug(), null);
    progress.complete(learner, course, item(course, "read"));
    return course;
  }

  @Test
  void attemptsAreGradedStoredNumberedAndCountedAndAPassCompletesTheQuiz() {
    SignedInUser learner = learner("Quiz taker");
    CourseView course = readyToTakeTheQuiz(learner, 0);
    LessonView quiz = item(course, "check");

    QuizService.Submission failed = quizzes.submit(learner, course, quiz, token(), HALF);
    assertEquals(1, failed.attempt().getNumber());
    assertEquals(50.0, failed.attempt().getPercent());
    assertFalse(failed.attempt().isPassed(), "below the pass mark of 100");
    assertFalse(progressOf(learner, course).isDone(quiz), "a fail does not complete the quiz");
    assertFalse(
        progressOf(learner, course).isUnlocked(item(course, "today")), "nor open what follows");

    QuizService.Submission passed = quizzes.submit(learner, course, quiz, token(), RIGHT);
    assertEquals(2, passed.attempt().getNumber());
    assertTrue(passed.attempt().isPassed());
    CourseProgress after = progressOf(learner, course);
    assertTrue(after.isDone(quiz), "a pass completes the quiz");
    assertTrue(after.isUnlocked(item(course, "today")), "and opens the next item");

    QuizState state = quizzes.state(learner, after, quiz);
    assertEquals(List.of(1, 2), state.attempts().stream().map(a -> a.number()).toList());
    assertEquals(2, state.best().orElseThrow().number(), "the highest score counts");
    assertEquals(
        4,
        rows(
            "SELECT COUNT(*) FROM quiz_question_result r JOIN quiz_attempt a ON a.id = r.attempt_id"
                + " WHERE a.account_id = ?",
            learner.id()),
        "one result row per question per attempt");

    QuizService.Submission afterPassing = quizzes.submit(learner, course, quiz, token(), HALF);
    assertFalse(afterPassing.attempt().isPassed());
    assertTrue(progressOf(learner, course).isDone(quiz), "a lower score later never undoes a pass");
  }

  @Test
  void theAttemptLimitHoldsUnderTwentyConcurrentSubmissions() throws Exception {
    SignedInUser learner = learner("Racing submitter");
    CourseView course = readyToTakeTheQuiz(learner, 3);
    LessonView quiz = item(course, "check");

    List<Object> outcomes =
        race(20, i -> separateCalls.submit(learner, course, quiz, token(), HALF));

    long stored = outcomes.stream().filter(o -> o instanceof QuizService.Submission).count();
    long refused = outcomes.stream().filter(o -> o instanceof QuizProblem).count();
    assertEquals(3, stored, () -> "outcomes: " + outcomes);
    assertEquals(17, refused, () -> "outcomes: " + outcomes);
    assertEquals(3, rows("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", learner.id()));
    Set<Integer> numbers = new HashSet<>();
    outcomes.stream()
        .filter(o -> o instanceof QuizService.Submission)
        .forEach(o -> numbers.add(((QuizService.Submission) o).attempt().getNumber()));
    assertEquals(Set.of(1, 2, 3), numbers);
    QuizProblem usedUp =
        assertThrows(
            QuizProblem.class, () -> quizzes.submit(learner, course, quiz, token(), RIGHT));
    assertTrue(usedUp.getMessage().contains("all 3 attempts"), usedUp.getMessage());
  }

  @Test
  void aDoubleSubmitStoresOneAttempt() throws Exception {
    SignedInUser learner = learner("Double clicker");
    CourseView course = readyToTakeTheQuiz(learner, 0);
    LessonView quiz = item(course, "check");
    String sameToken = token();

    List<Object> outcomes =
        race(10, i -> separateCalls.submit(learner, course, quiz, sameToken, RIGHT));

    assertEquals(
        1,
        rows("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", learner.id()),
        () -> "outcomes: " + outcomes);
    for (Object outcome : outcomes) {
      assertTrue(
          outcome instanceof QuizService.Submission,
          () -> "every click gets the one attempt: " + outcome);
      assertEquals(1, ((QuizService.Submission) outcome).attempt().getNumber());
    }
    assertEquals(
        1,
        outcomes.stream().filter(o -> !((QuizService.Submission) o).repeated()).count(),
        "one stored, the rest repeats");
  }

  @Test
  void answersInProgressAreSavedUntilSubmitted() {
    SignedInUser learner = learner("Coming back later");
    CourseView course = readyToTakeTheQuiz(learner, 0);
    LessonView quiz = item(course, "check");

    quizzes.saveDraft(learner, course, quiz, HALF);
    quizzes.saveDraft(learner, course, quiz, RIGHT);
    assertEquals(
        RIGHT,
        quizzes.state(learner, progressOf(learner, course), quiz).draft(),
        "the last save wins");

    quizzes.submit(learner, course, quiz, token(), RIGHT);
    assertTrue(
        quizzes.state(learner, progressOf(learner, course), quiz).draft().isEmpty(),
        "submitting clears the draft");
  }

  @Test
  void theServerRefusesQuizzesThatAreLockedOrNotEnrolled() {
    SignedInUser outsider = learner("Not enrolled");
    CourseView course = importCourse(0);
    LessonView quiz = item(course, "check");
    assertThrows(QuizProblem.class, () -> quizzes.submit(outsider, course, quiz, token(), RIGHT));
    assertThrows(QuizProblem.class, () -> quizzes.saveDraft(outsider, course, quiz, RIGHT));

    enrolments.enrol(outsider, course.slug(), null);
    QuizProblem locked =
        assertThrows(
            QuizProblem.class, () -> quizzes.submit(outsider, course, quiz, token(), RIGHT));
    assertTrue(locked.getMessage().contains("opens once"), locked.getMessage());
    assertEquals(0, rows("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", outsider.id()));
    assertThrows(
        IllegalStateException.class,
        () -> progress.complete(outsider, course, quiz),
        "nor can it be marked complete early");
  }

  @Test
  void aSelfCheckIsDoneWhenSubmittedAndNeverPassesOrFails() {
    SignedInUser learner = learner("Self checker");
    CourseView course = readyToTakeTheQuiz(learner, 0);
    quizzes.submit(learner, course, item(course, "check"), token(), RIGHT);
    LessonView today = item(course, "today");

    QuizService.Submission submitted =
        quizzes.submit(
            learner, course, today, token(), new QuizAnswers(Map.of("q1", List.of("o2"))));

    assertFalse(submitted.attempt().isPassed(), "a self-check is never passed or failed");
    assertTrue(progressOf(learner, course).isDone(today), "submitting it completes it");
    assertEquals(
        "<p>Be gentle with yourself.</p>",
        submitted.grade().results().get(0).feedbackHtml().get(0).strip());
  }

  @Test
  void anotherLearnersAttemptCannotBeReviewed() {
    SignedInUser owner = learner("Owner");
    SignedInUser other = learner("Other");
    CourseView course = readyToTakeTheQuiz(owner, 0);
    LessonView quiz = item(course, "check");
    quizzes.submit(owner, course, quiz, token(), RIGHT);

    assertTrue(quizzes.review(owner, quiz, 1).isPresent());
    assertTrue(
        quizzes.review(other, quiz, 1).isEmpty(), "attempt 1 of another learner is not found");
  }

  @Test
  void attemptsAreInTheDataExportAndGoWithTheAccount() {
    SignedInUser learner = learner("Leaving learner");
    CourseView course = readyToTakeTheQuiz(learner, 0);
    LessonView quiz = item(course, "check");
    quizzes.submit(learner, course, quiz, token(), HALF);
    quizzes.saveDraft(learner, course, quiz, RIGHT);

    LearnerDataService.Export export = learnerData.export(learner.id(), java.time.Instant.now());
    assertEquals(1, export.quizAttempts().size());
    assertEquals("check", export.quizAttempts().get(0).quiz());
    assertEquals(List.of("o2"), export.quizAttempts().get(0).answers().get("q1"));
    assertEquals(1, export.quizAnswersInProgress().size());

    learnerData.delete(learner.id());
    assertEquals(0, rows("SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", learner.id()));
    assertEquals(0, rows("SELECT COUNT(*) FROM quiz_draft WHERE account_id = ?", learner.id()));
  }

  @Test
  void instructorFiguresCountAttemptsPassRateAndItemDifficulty() {
    CourseView course = importCourse(0);
    LessonView quiz = item(course, "check");
    SignedInUser first = learner("First");
    SignedInUser second = learner("Second");
    for (SignedInUser learner : List.of(first, second)) {
      enrolments.enrol(learner, course.slug(), null);
      progress.complete(learner, course, item(course, "read"));
    }
    quizzes.submit(first, course, quiz, token(), RIGHT);
    quizzes.submit(second, course, quiz, token(), HALF);

    SignedInUser admin =
        new SignedInUser(
            0,
            "admin@example.test",
            "Admin",
            Set.of(org.hearth.domain.account.Role.ADMINISTRATOR),
            0);
    CourseStats courseStats =
        stats.visibleTo(admin).stream()
            .filter(s -> s.slug().equals(course.slug()))
            .findFirst()
            .orElseThrow();
    QuizStats check =
        courseStats.quizzes().stream()
            .filter(q -> q.slug().equals("check"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, check.attempts());
    assertEquals(2, check.learners());
    assertEquals(1, check.learnersPassed());
    assertEquals(50.0, check.passRate());
    assertEquals(100.0, check.questions().get(0).percentCorrect(), "both chose the right option");
    assertEquals(50.0, check.questions().get(1).percentCorrect(), "one of two answered true");
    QuizStats today =
        courseStats.quizzes().stream()
            .filter(q -> q.slug().equals("today"))
            .findFirst()
            .orElseThrow();
    assertTrue(today.questions().isEmpty(), "a self-check shows no per-question figures");
  }

  private interface Call {
    Object run(int index) throws Exception;
  }

  /** Starts the calls together and returns each one's result or the exception it threw. */
  private static List<Object> race(int threads, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return call.run(index);
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "every thread is waiting at the start line");
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          while (cause instanceof jakarta.ejb.EJBException && cause.getCause() != null) {
            cause = cause.getCause();
          }
          outcomes.add(cause);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
