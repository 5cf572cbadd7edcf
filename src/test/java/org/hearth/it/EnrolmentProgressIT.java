package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hearth.application.account.AccountProblem;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.LearnerDataService;
import org.hearth.application.account.SignInResult;
import org.hearth.application.account.SignInService;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.application.enrolment.EnrolmentProblem;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment, progress and a learner's data inside Payara, against the real database. Each test
 * registers its own learners and, where it needs one, imports its own fixture course.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentProgressIT {

  private static final String EMPATHY = "empathy-and-safety";
  private static final String PASSWORD = "a long enough password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(
        EnrolmentProgressIT.class, ContentFixture.class, TestProgressCalls.class);
  }

  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject LearnerDataService learnerData;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @Inject ProgressRepository progressRows;
  @Inject AccountRepository accountRows;
  @Inject CourseCatalog catalog;
  @Inject ContentImportService importer;
  @Inject MarkdownRenderer markdown;
  @Inject TestProgressCalls separateCalls;

  private SignedInUser learner(String name) {
    String email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@example.test";
    return SignedInUser.of(accounts.register(name, email, PASSWORD).account());
  }

  private CourseView course(String slug) {
    return catalog.course(slug).orElseThrow(() -> new AssertionError("no course " + slug));
  }

  private static LessonView lesson(CourseView course, String slug) {
    return course
        .lesson(slug)
        .orElseThrow(() -> new AssertionError("no lesson " + slug + " in " + course.slug()));
  }

  private CourseProgress progressOf(SignedInUser learner, CourseView course) {
    return progress.of(Optional.of(learner), course);
  }

  private long count(String table, long accountId) {
    return ((Number)
            accountRows
                .entityManager()
                .createNativeQuery(
                    "SELECT COUNT(*) FROM "
                        + table
                        + " WHERE "
                        + ("account".equals(table) ? "id" : "account_id")
                        + " = ?")
                .setParameter(1, accountId)
                .getSingleResult())
        .longValue();
  }

  private long enrolmentRows(long accountId, long courseId) {
    return ((Number)
            accountRows
                .entityManager()
                .createNativeQuery(
                    "SELECT COUNT(*) FROM enrolment WHERE account_id = ? AND course_id = ?")
                .setParameter(1, accountId)
                .setParameter(2, courseId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Imports a fixture course with the given course.yaml and lessons (file name → front matter) into
   * module 01-steps.
   */
  private CourseView importCourse(String slug, String courseYaml, String... lessons) {
    ContentFixture fixture = new ContentFixture().write(slug + "/course.yaml", courseYaml);
    for (int i = 0; i < lessons.length; i += 2) {
      fixture.write(
          slug + "/01-steps/" + lessons[i],
          "---\n" + lessons[i + 1] + "---\nText of " + lessons[i] + ".\n");
    }
    CourseImportResult result =
        importer.importAll(new FileSystemContentSource(fixture.root, markdown)).courses().stream()
            .filter(c -> c.slug().equals(slug))
            .findFirst()
            .orElseThrow();
    assertEquals(CourseImportStatus.IMPORTED, result.status(), () -> result.problems().toString());
    return course(slug);
  }

  @Test
  void leavingKeepsProgressAndReEnrollingBringsItBack() {
    SignedInUser learner = learner("Returning learner");
    CourseView course = course(EMPATHY);
    LessonView first = lesson(course, "why-empathy");
    LessonView second = lesson(course, "safety-comes-first");
    assertFalse(progressOf(learner, course).enrolled(), "not enrolled before enrolling");

    enrolments.enrol(learner, EMPATHY, null);
    assertTrue(progressOf(learner, course).enrolled());
    CourseProgress afterCompleting = progress.complete(learner, course, first);
    assertTrue(afterCompleting.isDone(first));

    enrolments.leave(learner, EMPATHY);
    CourseProgress afterLeaving = progressOf(learner, course);
    assertFalse(afterLeaving.enrolled(), "leaving ends the enrolment");
    assertThrows(
        IllegalStateException.class,
        () -> progress.complete(learner, course, second),
        "a learner who left records no progress");
    assertEquals(
        1, progressRows.countCompletions(learner.id(), first.id()), "leaving keeps the completion");

    enrolments.enrol(learner, EMPATHY, null);
    CourseProgress back = progressOf(learner, course);
    assertTrue(back.enrolled(), "re-enrolled");
    assertTrue(back.isDone(first), "the completion made before leaving is still there");
    assertFalse(back.isDone(second));
    assertEquals(1, back.requiredDone());
    assertEquals(
        1, enrolmentRows(learner.id(), course.id()), "re-joining reuses the one enrolment row");
  }

  @Test
  void twentyConcurrentCompletionsOfOneLessonLeaveExactlyOneRow() throws Exception {
    SignedInUser learner = learner("Double clicker");
    CourseView course = course(EMPATHY);
    LessonView lesson = lesson(course, "safety-comes-first");
    enrolments.enrol(learner, EMPATHY, null);
    int threads = 20;
    // Plain threads: each call enters the container through the EJB, as a request would (see
    // TestProgressCalls).
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<CourseProgress>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return separateCalls.complete(learner, course, lesson);
                }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "all 20 threads are waiting at the start line");
      start.countDown();
      for (Future<CourseProgress> result : results) {
        assertTrue(
            result.get(60, TimeUnit.SECONDS).isDone(lesson),
            "every call, winner or not, reports the lesson done");
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(
        1,
        progressRows.countCompletions(learner.id(), lesson.id()),
        "one completion, however many clicks");
    assertEquals(1, count("lesson_completion", learner.id()));
  }

  @Test
  void aKeyCourseEnrolsOnlyWithItsKeyAndAClosedCourseTakesNobodyNew() {
    String keySlug = ContentFixture.uniqueSlug("key");
    importCourse(
        keySlug,
        "title: With a key\nenrolment: key\nenrolment_key: autumn-group\n",
        "01-one.md",
        "title: One\n");
    SignedInUser learner = learner("Keyholder");

    EnrolmentProblem wrong =
        assertThrows(
            EnrolmentProblem.class, () -> enrolments.enrol(learner, keySlug, "spring-group"));
    assertTrue(wrong.getMessage().contains("doesn't match"), wrong.getMessage());
    assertThrows(EnrolmentProblem.class, () -> enrolments.enrol(learner, keySlug, null));
    assertFalse(progressOf(learner, course(keySlug)).enrolled(), "a wrong key enrols nobody");
    enrolments.enrol(learner, keySlug, " autumn-group ");
    assertTrue(progressOf(learner, course(keySlug)).enrolled());

    String closedSlug = ContentFixture.uniqueSlug("closed");
    importCourse(closedSlug, "title: Closed\nenrolment: closed\n", "01-one.md", "title: One\n");
    EnrolmentProblem closed =
        assertThrows(
            EnrolmentProblem.class, () -> enrolments.enrol(learner("Latecomer"), closedSlug, null));
    assertTrue(closed.getMessage().contains("isn't taking new learners"), closed.getMessage());
  }

  @Test
  void aSequentialCourseOpensEachRequiredLessonOnlyAfterTheOneBefore() {
    String slug = ContentFixture.uniqueSlug("sequential");
    CourseView course =
        importCourse(
            slug,
            "title: Step by step\nsequential: true\n",
            "01-one.md",
            "title: One\n",
            "02-two.md",
            "title: Two\n",
            "03-three.md",
            "title: Three\n");
    LessonView one = lesson(course, "one");
    LessonView two = lesson(course, "two");
    LessonView three = lesson(course, "three");
    assertTrue(course.sequential());
    assertFalse(
        one.preview() || two.preview() || three.preview(), "no free previews in this course");
    SignedInUser learner = learner("Stepper");
    SignedInUser stranger = learner("Stranger");

    assertEquals(
        LessonAccess.SIGN_IN,
        enrolments.access(Optional.empty(), course, one, CourseProgress.none(course)));
    assertEquals(
        LessonAccess.ENROL,
        enrolments.access(Optional.of(stranger), course, one, progressOf(stranger, course)));

    enrolments.enrol(learner, slug, null);
    CourseProgress start = progressOf(learner, course);
    assertEquals(LessonAccess.OPEN, enrolments.access(Optional.of(learner), course, one, start));
    assertEquals(
        LessonAccess.LOCKED,
        enrolments.access(Optional.of(learner), course, two, start),
        "two waits for one");
    assertEquals(
        LessonAccess.LOCKED, enrolments.access(Optional.of(learner), course, three, start));

    progress.complete(learner, course, one);

    CourseProgress afterOne = progressOf(learner, course);
    assertEquals(LessonAccess.OPEN, enrolments.access(Optional.of(learner), course, one, afterOne));
    assertEquals(
        LessonAccess.OPEN,
        enrolments.access(Optional.of(learner), course, two, afterOne),
        "one done: two opens");
    assertEquals(
        LessonAccess.LOCKED,
        enrolments.access(Optional.of(learner), course, three, afterOne),
        "three still waits for two");
  }

  @Test
  void finishingEveryRequiredLessonRecordsTheCompletionDateOnce() {
    String slug = ContentFixture.uniqueSlug("finish");
    CourseView course =
        importCourse(
            slug,
            "title: Finish line\n",
            "01-first.md",
            "title: First\n",
            "02-second.md",
            "title: Second\n",
            "03-extra.md",
            "title: Extra\nrequired: false\n");
    LessonView first = lesson(course, "first");
    LessonView second = lesson(course, "second");
    LessonView extra = lesson(course, "extra");
    SignedInUser learner = learner("Finisher");
    enrolments.enrol(learner, slug, null);

    CourseProgress halfway = progress.complete(learner, course, first);
    assertTrue(halfway.completedAt().isEmpty(), "not finished after one of two required lessons");
    assertNull(storedEnrolment(learner, course).getCompletedAt());

    CourseProgress finished = progress.complete(learner, course, second);
    assertTrue(finished.isCourseComplete());
    Instant completedAt =
        finished.completedAt().orElseThrow(() -> new AssertionError("finishing records a date"));
    assertEquals(completedAt, storedEnrolment(learner, course).getCompletedAt());

    progress.complete(learner, course, second);
    progress.complete(learner, course, extra);
    enrolments.leave(learner, slug);
    enrolments.enrol(learner, slug, null);
    CourseProgress again = progress.complete(learner, course, first);

    assertEquals(
        Optional.of(completedAt), again.completedAt(), "later completions keep the first date");
    assertEquals(completedAt, storedEnrolment(learner, course).getCompletedAt());
    assertEquals(
        3, count("lesson_completion", learner.id()), "one row per lesson, repeats included");
  }

  private Enrolment storedEnrolment(SignedInUser learner, CourseView course) {
    return progressRows
        .enrolment(learner.id(), course.id())
        .orElseThrow(() -> new AssertionError("no enrolment row"));
  }

  @Test
  void theExportHoldsTheLearnersDataAndDeletionRemovesEveryRow() {
    String email = "export-" + UUID.randomUUID() + "@example.test";
    String name = "Exporter " + UUID.randomUUID().toString().substring(0, 8);
    SignedInUser learner = SignedInUser.of(accounts.register(name, email, PASSWORD).account());
    SignedInUser neighbour = learner("Neighbour");
    CourseView course = course(EMPATHY);
    LessonView first = lesson(course, "why-empathy");
    for (SignedInUser someone : List.of(learner, neighbour)) {
      enrolments.enrol(someone, EMPATHY, null);
      progress.complete(someone, course, first);
    }
    progress.complete(neighbour, course, lesson(course, "safety-comes-first"));

    LearnerDataService.Export export = learnerData.export(learner.id(), Instant.now());

    assertEquals(email, export.account().email());
    assertEquals(name, export.account().displayName());
    assertEquals(List.of("learner"), export.account().roles());
    assertEquals(
        1, export.enrolments().size(), "only this learner's enrolments: " + export.enrolments());
    assertEquals(EMPATHY, export.enrolments().get(0).course());
    assertTrue(export.enrolments().get(0).active());
    assertEquals(
        List.of(EMPATHY + "/why-empathy"),
        export.completedLessons().stream().map(c -> c.course() + "/" + c.lesson()).toList(),
        "only this learner's completions");
    assertEquals(1, count("account", learner.id()));
    assertEquals(1, count("enrolment", learner.id()));
    assertEquals(1, count("lesson_completion", learner.id()));

    learnerData.delete(learner.id());

    assertTrue(accounts.find(learner.id()).isEmpty(), "the account is gone");
    SignInResult signInAfter =
        signIn.signIn(email, PASSWORD, "fd09:de1e:7e::" + Long.toHexString(learner.id()));
    assertFalse(signInAfter.succeeded(), "a deleted account cannot sign in");
    assertEquals(0, count("account", learner.id()));
    assertEquals(0, count("enrolment", learner.id()));
    assertEquals(0, count("lesson_completion", learner.id()));
    assertThrows(AccountProblem.class, () -> learnerData.export(learner.id(), Instant.now()));
    assertEquals(1, count("account", neighbour.id()), "nobody else's data is touched");
    assertEquals(1, count("enrolment", neighbour.id()));
    assertEquals(2, count("lesson_completion", neighbour.id()));
  }
}
