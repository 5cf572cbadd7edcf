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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.LearnerDataService;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.certificate.CertificateService;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.notes.NoteService;
import org.hearth.application.progress.ProgressService;
import org.hearth.application.worksheet.WorksheetProblem;
import org.hearth.application.worksheet.WorksheetService;
import org.hearth.domain.account.DiscreetMode;
import org.hearth.domain.certificate.Certificate;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Worksheets and certificates inside Payara against the real database: answers saved field by
 * field, two tabs that never undo each other, checks that name the field, clearing, marking done,
 * certificates issued once and verified by code, and the learner's data rights.
 */
@ExtendWith(ArquillianExtension.class)
class WorksheetIT {

  private static final String PASSWORD = "a long enough password";

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(WorksheetIT.class, ContentFixture.class, TestWorksheetCalls.class);
  }

  @Inject AccountService accounts;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @Inject WorksheetService worksheets;
  @Inject CertificateService certificates;
  @Inject CourseCatalog catalog;
  @Inject ContentImportService importer;
  @Inject MarkdownRenderer markdown;
  @Inject LearnerDataService learnerData;
  @Inject AccountRepository accountRows;
  @Inject TestWorksheetCalls separateCalls;
  @Inject NoteService notes;

  private SignedInUser learner(String name) {
    String email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@example.test";
    return SignedInUser.of(accounts.register(name, email, PASSWORD).account());
  }

  /** A course of one lesson and one worksheet, with a learner enrolled. */
  private CourseView importCourse() {
    String slug = ContentFixture.uniqueSlug("worksheet-course");
    ContentFixture fixture =
        new ContentFixture()
            .write(slug + "/course.yaml", "title: Worksheet fixture\n")
            .write(
                slug + "/01-steps/01-read.md", "---\ntitle: Read first\n---\nSomething to read.\n")
            .write(
                slug + "/01-steps/02-log.worksheet.md",
                """
                ---
                title: Practice log
                ---
                A few notes for yourself.

                [What did you practise?]{text #practice}

                [What helped?]{long #helped lines=3}

                [I breathed slowly]{checkbox #breathed}

                [How calm did you feel?]{scale #calm}

                [When]{date #when}
                """);
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

  private long rows(String sql, long id) {
    return ((Number)
            accountRows
                .entityManager()
                .createNativeQuery(sql)
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  @Test
  void answersAreSavedFieldByFieldAndReadBackByTheirAuthorOnly() {
    SignedInUser learner = learner("Writer");
    SignedInUser other = learner("Someone else");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    enrolments.enrol(other, course.slug(), null);
    LessonView log = item(course, "log");

    worksheets.save(
        learner,
        course,
        log,
        Map.of("practice", "  breathwork ", "calm", "7", "breathed", "true", "when", "2026-11-27"));
    worksheets.save(learner, course, log, Map.of("helped", "Walking\r\nwith a friend"));

    // A learner's words are kept as typed, spaces included; only CR LF becomes LF.
    assertEquals(
        Map.of(
            "practice",
            "  breathwork ",
            "calm",
            "7",
            "breathed",
            "true",
            "when",
            "2026-11-27",
            "helped",
            "Walking\nwith a friend"),
        worksheets.answersOf(learner, log));
    assertEquals(Map.of(), worksheets.answersOf(other, log), "another learner sees none of it");

    worksheets.save(learner, course, log, Map.of("breathed", "false", "calm", ""));
    assertFalse(
        worksheets.answersOf(learner, log).containsKey("breathed"), "an unticked box is no answer");
    assertFalse(
        worksheets.answersOf(learner, log).containsKey("calm"), "an emptied field is no answer");
  }

  @Test
  void aBadValueSavesNothingAndNamesTheField() {
    SignedInUser learner = learner("Careless typist");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    LessonView log = item(course, "log");

    WorksheetProblem scale =
        assertThrows(
            WorksheetProblem.class,
            () -> worksheets.save(learner, course, log, Map.of("practice", "yoga", "calm", "11")));
    assertTrue(
        scale.getMessage().contains("How calm did you feel?")
            && scale.getMessage().contains("0 to 10"),
        scale.getMessage());
    WorksheetProblem date =
        assertThrows(
            WorksheetProblem.class,
            () -> worksheets.save(learner, course, log, Map.of("when", "27/11/2026")));
    assertTrue(date.getMessage().contains("YYYY-MM-DD"), date.getMessage());
    WorksheetProblem unknown =
        assertThrows(
            WorksheetProblem.class,
            () -> worksheets.save(learner, course, log, Map.of("../etc", "x")));
    assertTrue(unknown.getMessage().contains("no field named"), unknown.getMessage());
    assertEquals(Map.of(), worksheets.answersOf(learner, log), "nothing of a refused save is kept");
  }

  @Test
  void twoTabsSavingAtOnceKeepEachOthersAnswers() throws Exception {
    SignedInUser learner = learner("Two tabs");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    LessonView log = item(course, "log");
    int rounds = 10;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < rounds; round++) {
        String value = "round " + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> tabs = new ArrayList<>();
        tabs.add(
            pool.submit(
                () -> {
                  start.await();
                  separateCalls.save(learner, course, log, Map.of("practice", value));
                  return null;
                }));
        tabs.add(
            pool.submit(
                () -> {
                  start.await();
                  separateCalls.save(learner, course, log, Map.of("helped", value));
                  return null;
                }));
        start.countDown();
        for (Future<?> tab : tabs) {
          tab.get(60, TimeUnit.SECONDS);
        }
        Map<String, String> stored = worksheets.answersOf(learner, log);
        assertEquals(value, stored.get("practice"), "tab one's answer survives tab two's save");
        assertEquals(value, stored.get("helped"), "tab two's answer survives tab one's save");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clearingDeletesTheAnswersAndMarkingDoneCountsInProgress() {
    SignedInUser learner = learner("Finisher");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    LessonView log = item(course, "log");
    worksheets.save(learner, course, log, Map.of("practice", "yoga"));

    assertEquals(1, worksheets.clear(learner, log));
    assertEquals(Map.of(), worksheets.answersOf(learner, log));

    progress.complete(learner, course, item(course, "read"));
    assertTrue(
        worksheets.markDone(learner, course, log).isCourseComplete(),
        "marking the worksheet done finishes the course");
  }

  @Test
  void aCertificateIsIssuedOnceAfterCompletionAndVerifiesByItsCodeAlone() {
    SignedInUser learner = learner("Graduate");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    assertThrows(
        IllegalStateException.class,
        () -> certificates.issue(learner, course),
        "no certificate before completion");
    progress.complete(learner, course, item(course, "read"));
    worksheets.markDone(learner, course, item(course, "log"));

    Certificate first = certificates.issue(learner, course);
    Certificate again = certificates.issue(learner, course);

    assertEquals(first.getCode(), again.getCode(), "one certificate per learner and course");
    assertEquals("Graduate", first.getNameOnCertificate());
    CertificateService.Verification verified = certificates.verify(first.getCode()).orElseThrow();
    assertEquals(course.title(), verified.courseTitle());
    assertEquals("Graduate", verified.nameOnCertificate());
    String typed = first.getCode().toLowerCase().replace("-", " ");
    assertTrue(certificates.verify(typed).isPresent(), "codes verify however they are typed");
    assertTrue(
        certificates.verify("0000-0000-0000-0000-0000-0000").isEmpty(),
        "an unknown code verifies nothing");
    assertTrue(certificates.verify("../../etc/passwd").isEmpty());
    byte[] pdf = certificates.pdf(first, "http://localhost/verify/" + first.getCode(), false);
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  @Test
  void aDiscreetLearnersDownloadsAndVerificationPageNameNoCourseUntilTheyChoose() throws Exception {
    SignedInUser plain = learner("Shown learner");
    SignedInUser learner = accounts.setDiscreetMode(learner("Quiet learner").id(), DiscreetMode.ON);
    CourseView course = importCourse();
    LessonView log = item(course, "log");
    for (SignedInUser who : List.of(plain, learner)) {
      enrolments.enrol(who, course.slug(), null);
      worksheets.save(who, course, log, Map.of("helped", "a walk 🌿"));
    }
    assertEquals(course.title(), subject(worksheets.filledPdf(plain, course, log)));
    for (byte[] pdf :
        List.of(
            worksheets.filledPdf(learner, course, log),
            worksheets.blankPdf(Optional.of(learner), course, log))) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertEquals("Worksheet", document.getDocumentInformation().getTitle());
        assertNull(document.getDocumentInformation().getSubject(), "no course in the details");
        assertEquals(1, document.getNumberOfPages(), "the pages are left as they were");
      }
    }

    progress.complete(learner, course, item(course, "read"));
    worksheets.markDone(learner, course, log);
    Certificate issued = certificates.issue(learner, course);
    assertNull(certificates.verify(issued.getCode()).orElseThrow().courseTitle());
    try (PDDocument document = Loader.loadPDF(certificates.pdf(issued, "http://x/", true))) {
      assertEquals("Certificate", document.getDocumentInformation().getTitle());
    }
    certificates.showCourse(learner, course, true);
    assertEquals(course.title(), certificates.verify(issued.getCode()).orElseThrow().courseTitle());
    assertTrue(certificates.showsCourse(learner, course));
    certificates.showCourse(learner, course, false);
    assertNull(certificates.verify(issued.getCode()).orElseThrow().courseTitle());
  }

  private static String subject(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getDocumentInformation().getSubject();
    }
  }

  @Test
  void answersAndCertificatesAreInTheDataExportAndGoWithTheAccount() {
    SignedInUser learner = learner("Leaving writer");
    CourseView course = importCourse();
    enrolments.enrol(learner, course.slug(), null);
    LessonView log = item(course, "log");
    worksheets.save(learner, course, log, Map.of("helped", "my sister"));
    progress.complete(learner, course, item(course, "read"));
    worksheets.markDone(learner, course, log);
    String code = certificates.issue(learner, course).getCode();
    notes.save(learner, course, log, "Mine alone — “and kept” 🌿");

    LearnerDataService.Export export = learnerData.export(learner.id(), Instant.now());
    assertEquals("Mine alone — “and kept” 🌿", export.privateNotes().get(0).note());
    assertEquals(1, export.worksheetAnswers().size());
    assertEquals("my sister", export.worksheetAnswers().get(0).answer());
    assertEquals("log", export.worksheetAnswers().get(0).worksheet());
    assertEquals(code, export.certificates().get(0).code());

    learnerData.delete(learner.id());
    assertEquals(
        0, rows("SELECT COUNT(*) FROM worksheet_answer WHERE account_id = ?", learner.id()));
    assertEquals(0, rows("SELECT COUNT(*) FROM certificate WHERE account_id = ?", learner.id()));
    assertEquals(
        0,
        rows("SELECT COUNT(*) FROM private_note WHERE account_id = ?", learner.id()),
        "private notes go with the account");
    assertTrue(
        certificates.verify(code).isEmpty(), "a deleted account's certificate no longer verifies");
  }
}
