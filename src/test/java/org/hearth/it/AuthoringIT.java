package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseArchives;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.application.authoring.Publisher;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.ContentSource;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authoring inside Payara against the real database: drafts learners never see, atomic publishing,
 * progress across a publish, edit conflicts, history and restore, safe zip import, the export →
 * import → export round trip, and content/ sync conflicts.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(AuthoringIT.class, ContentFixture.class);
  }

  @Inject CourseDrafts drafts;
  @Inject Publisher publisher;
  @Inject CourseHistory history;
  @Inject CourseArchives archives;
  @Inject CourseCatalog catalog;
  @Inject ContentImportService importer;
  @Inject ContentSource content;
  @Inject MarkdownRenderer markdown;
  @Inject AccountService accounts;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService managed;
  @Inject org.hearth.application.authoring.FolderSync folderSync;

  private static SignedInUser instructor(String email) {
    return new SignedInUser(1, email, "Teacher", Set.of(Role.LEARNER, Role.INSTRUCTOR), 0);
  }

  private static final SignedInUser TEACHER = instructor("teacher@example.test");
  private static final SignedInUser OTHER_TEACHER = instructor("other-teacher@example.test");

  /** A course from a content folder, taught by TEACHER. */
  private ContentFixture folderCourse(String slug) {
    ContentFixture fixture =
        new ContentFixture()
            .validCourse(slug, "Authoring fixture")
            .write(
                slug + "/course.yaml",
                "title: Authoring fixture\ninstructors:\n  - teacher@example.test\n");
    assertEquals(CourseImportStatus.IMPORTED, sync(fixture, slug).status());
    return fixture;
  }

  private CourseImportResult sync(ContentFixture fixture, String slug) {
    return importer
        .importAll(new FileSystemContentSource(fixture.root, markdown))
        .courses()
        .stream()
        .filter(c -> c.slug().equals(slug))
        .findFirst()
        .orElseThrow();
  }

  private String html(String course, String lesson) {
    return catalog.course(course).orElseThrow().lesson(lesson).orElseThrow().html();
  }

  private long version(String course, String path) {
    return drafts.open(TEACHER, course, path).orElseThrow().version();
  }

  @Test
  void learnersSeeTheOldTextUntilPublishThenAllOfTheNew() {
    String slug = ContentFixture.uniqueSlug("draft");
    folderCourse(slug);
    drafts.save(
        TEACHER,
        slug,
        "01-start/01-hello.md",
        "---\ntitle: Hello\n---\nRewritten in the browser.\n",
        version(slug, "01-start/01-hello.md"));

    assertTrue(
        html(slug, "hello").contains("First lesson text"),
        "learners still read the published text");
    assertFalse(html(slug, "hello").contains("Rewritten"));

    Publisher.Published published = publisher.publish(TEACHER, slug, "Gentler opening");
    assertTrue(html(slug, "hello").contains("Rewritten in the browser"));
    assertEquals(2, published.number(), "the folder sync was version 1");
    assertTrue(published.summary().contains("01-start/01-hello.md"), published.summary());
    assertEquals(
        List.of(2, 1), history.versions(TEACHER, slug).stream().map(v -> v.number()).toList());
  }

  @Test
  void aDraftWithProblemsIsNotPublishedAndSaysWhereTheyAre() {
    String slug = ContentFixture.uniqueSlug("broken");
    folderCourse(slug);
    long revision = catalog.course(slug).orElseThrow().revision();
    drafts.save(
        TEACHER,
        slug,
        "01-start/02-next.md",
        "---\ntitle: Next\n---\nSee [nothing](09-missing.md).\n",
        version(slug, "01-start/02-next.md"));

    AuthoringProblem refused =
        assertThrows(AuthoringProblem.class, () -> publisher.publish(TEACHER, slug, null));

    assertEquals(AuthoringProblem.Kind.INVALID, refused.kind());
    assertTrue(
        refused.problems().stream()
            .anyMatch(p -> p.path().endsWith("01-start/02-next.md") && p.line() == 4),
        refused.problems().toString());
    assertEquals(revision, catalog.course(slug).orElseThrow().revision(), "nothing was written");
    assertEquals(1, history.versions(TEACHER, slug).size());
  }

  @Test
  void readersDuringPublishesSeeOneWholeVersionNeverAMix() throws Exception {
    String slug = ContentFixture.uniqueSlug("atomic");
    folderCourse(slug);
    AtomicBoolean publishing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int mixes = 0;
                  while (publishing.get()) {
                    // Each read runs as its own container task, as each request does: threads
                    // started here
                    // would otherwise share this test's invocation, and with it one persistence
                    // context.
                    boolean mixed =
                        managed
                            .submit(
                                () -> {
                                  CourseView course = catalog.course(slug).orElseThrow();
                                  return !marker(course.lesson("hello").orElseThrow().html())
                                      .equals(marker(course.lesson("next").orElseThrow().html()));
                                })
                            .get();
                    if (mixed) {
                      mixes++;
                    }
                  }
                  return mixes;
                }));
      }
      for (int round = 1; round <= 8; round++) {
        drafts.save(
            TEACHER,
            slug,
            "01-start/01-hello.md",
            "---\ntitle: Hello\n---\nround-" + round + "\n",
            version(slug, "01-start/01-hello.md"));
        drafts.save(
            TEACHER,
            slug,
            "01-start/02-next.md",
            "---\ntitle: Next\n---\nround-" + round + "\n",
            version(slug, "01-start/02-next.md"));
        publisher.publish(TEACHER, slug, null);
      }
      publishing.set(false);
      for (Future<Integer> reader : readers) {
        assertEquals(0, reader.get(60, TimeUnit.SECONDS), "a reader saw two versions at once");
      }
      assertEquals("round-8", marker(html(slug, "hello")));
    } finally {
      publishing.set(false);
      pool.shutdownNow();
    }
  }

  private static String marker(String html) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("round-\\d+|First lesson text|See ").matcher(html);
    return m.find() ? (m.group().startsWith("round") ? m.group() : "original") : "none";
  }

  @Test
  void progressSurvivesAPublishByTheRulesTheReadmeGives() {
    String slug = ContentFixture.uniqueSlug("progress");
    folderCourse(slug);
    SignedInUser learner =
        SignedInUser.of(
            accounts
                .register(
                    "Learner", "l-" + UUID.randomUUID() + "@example.test", "a long enough password")
                .account());
    enrolments.enrol(learner, slug, null);
    CourseView before = catalog.course(slug).orElseThrow();
    progress.complete(learner, before, before.lesson("hello").orElseThrow());
    CourseProgress done = progress.complete(learner, before, before.lesson("next").orElseThrow());
    assertTrue(done.isCourseComplete());
    var completedAt = done.completedAt().orElseThrow();

    drafts.delete(TEACHER, slug, "01-start/02-next.md");
    drafts.addItem(TEACHER, slug, "01-start", ItemKind.LESSON, "Brand new");
    publisher.publish(TEACHER, slug, null);

    CourseView after = catalog.course(slug).orElseThrow();
    CourseProgress now = progress.of(java.util.Optional.of(learner), after);
    assertTrue(
        now.isDone(after.lesson("hello").orElseThrow()),
        "progress on an item that still exists is kept");
    assertTrue(after.lesson("next").isEmpty());
    assertEquals(2, now.requiredTotal(), "the removed item dropped out");
    assertEquals(1, now.requiredDone());
    assertEquals(50, now.percent());
    assertFalse(now.isCourseComplete(), "a new required item makes the course incomplete again");
    assertEquals(
        completedAt, now.completedAt().orElseThrow(), "the completion date already earned stays");
  }

  @Test
  void twoInstructorsSavingTheSameFileGetAConflictNotASilentOverwrite() {
    String slug = ContentFixture.uniqueSlug("conflict");
    folderCourse(slug);
    long opened = version(slug, "01-start/01-hello.md");
    drafts.save(
        TEACHER,
        slug,
        "01-start/01-hello.md",
        "---\ntitle: Hello\n---\nFirst save wins.\n",
        opened);

    AuthoringProblem conflict =
        assertThrows(
            AuthoringProblem.class,
            () ->
                drafts.save(
                    TEACHER,
                    slug,
                    "01-start/01-hello.md",
                    "---\ntitle: Hello\n---\nSecond save.\n",
                    opened));

    assertEquals(AuthoringProblem.Kind.CONFLICT, conflict.kind());
    assertTrue(conflict.getMessage().contains("01-start/01-hello.md"), conflict.getMessage());
    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-hello.md")
            .orElseThrow()
            .text()
            .contains("First save wins."));
  }

  @Test
  void concurrentSavesOfOneOpenedVersionStoreExactlyOne() throws Exception {
    String slug = ContentFixture.uniqueSlug("race");
    folderCourse(slug);
    long opened = version(slug, "01-start/01-hello.md");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> saves = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      saves.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  drafts.save(
                      TEACHER,
                      slug,
                      "01-start/01-hello.md",
                      "---\ntitle: Hello\n---\nwriter " + n + "\n",
                      opened);
                  return true;
                } catch (AuthoringProblem e) {
                  return false;
                }
              }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> save : saves) {
      stored += save.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, stored);
  }

  @Test
  void anInstructorOfAnotherCourseIsRefusedEverything() {
    String slug = ContentFixture.uniqueSlug("theirs");
    folderCourse(slug);
    List<Runnable> calls =
        List.of(
            () -> drafts.open(OTHER_TEACHER, slug, "course.yaml"),
            () -> drafts.save(OTHER_TEACHER, slug, "01-start/01-hello.md", "x", 0),
            () -> drafts.addModule(OTHER_TEACHER, slug, "Mine now"),
            () -> publisher.publish(OTHER_TEACHER, slug, null),
            () -> history.versions(OTHER_TEACHER, slug),
            () -> history.restore(OTHER_TEACHER, slug, 1),
            () -> archives.draftArchive(OTHER_TEACHER, slug),
            () -> archives.publishedArchive(OTHER_TEACHER, slug));
    for (Runnable call : calls) {
      assertEquals(
          AuthoringProblem.Kind.FORBIDDEN, assertThrows(AuthoringProblem.class, call::run).kind());
    }
  }

  @Test
  void restoringAnOlderVersionMakesItTheDraftWithoutPublishingIt() {
    String slug = ContentFixture.uniqueSlug("restore");
    folderCourse(slug);
    drafts.save(
        TEACHER,
        slug,
        "01-start/01-hello.md",
        "---\ntitle: Hello\n---\nVersion two text.\n",
        version(slug, "01-start/01-hello.md"));
    publisher.publish(TEACHER, slug, null);

    history.restore(TEACHER, slug, 1);

    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-hello.md")
            .orElseThrow()
            .text()
            .contains("First lesson text"));
    assertTrue(
        html(slug, "hello").contains("Version two text"), "learners see no change until publish");
    assertTrue(
        history.draftChanges(TEACHER, slug).stream()
            .anyMatch(
                c ->
                    c.path().equals("01-start/01-hello.md")
                        && c.diff().contains("+First lesson text.")
                        && c.diff().contains("-Version two text.")));
  }

  @Test
  void reorderingRenumbersFilesAndKeepsLinksWorking() {
    String slug = ContentFixture.uniqueSlug("reorder");
    folderCourse(slug);
    drafts.moveItem(TEACHER, slug, "01-start/02-next.md", -1);

    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-next.md")
            .orElseThrow()
            .text()
            .contains("(02-hello.md)"),
        "the link follows the rename");
    publisher.publish(TEACHER, slug, null);
    assertEquals(
        List.of("next", "hello"),
        catalog.course(slug).orElseThrow().lessons().stream().map(l -> l.slug()).toList());
  }

  @Test
  void modulesAreAddedRetitledMovedAndDeletedInTheDraft() {
    String slug = ContentFixture.uniqueSlug("modules");
    folderCourse(slug);
    String second = drafts.addModule(TEACHER, slug, "Going further");
    drafts.addItem(TEACHER, slug, second, ItemKind.WORKSHEET, "Notes to self");
    drafts.addItem(TEACHER, slug, second, ItemKind.QUIZ, "A check");
    drafts.retitle(TEACHER, slug, second, "Going gently further");
    drafts.moveModule(TEACHER, slug, second, -1);
    publisher.publish(TEACHER, slug, "Second module first");

    CourseView course = catalog.course(slug).orElseThrow();
    assertEquals(
        List.of("Going gently further", "Getting started"),
        course.modules().stream().map(m -> m.title()).toList());
    assertEquals(
        List.of("notes-to-self", "a-check", "hello", "next"),
        course.lessons().stream().map(l -> l.slug()).toList());
    assertTrue(
        course.lesson("a-check").orElseThrow().isQuiz()
            && course.lesson("notes-to-self").orElseThrow().isWorksheet());

    drafts.deleteModule(TEACHER, slug, "01-going-further");
    publisher.publish(TEACHER, slug, null);
    assertEquals(
        List.of("hello", "next"),
        catalog.course(slug).orElseThrow().lessons().stream().map(l -> l.slug()).toList());
  }

  @Test
  void exportImportExportGivesTheSameBytesForTheEmpathyCourse() throws IOException {
    String slug = ContentFixture.uniqueSlug("round-trip");
    ContentFixture fixture = new ContentFixture();
    Path source = ((FileSystemContentSource) content).root().resolve("courses/empathy-and-safety");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file);
        String relative = source.relativize(file).toString();
        fixture.write(
            slug + "/" + relative,
            relative.equals("course.yaml")
                ? text.replace("instructor@example.org", "teacher@example.test")
                : text);
      }
    }
    assertEquals(CourseImportStatus.IMPORTED, sync(fixture, slug).status());

    byte[] exported = archives.publishedArchive(TEACHER, slug);
    archives.importAsDraft(TEACHER, slug, exported);
    byte[] again = archives.draftArchive(TEACHER, slug);
    assertArrayEquals(exported, again);

    Map<String, byte[]> files = history.versionFiles(TEACHER, slug, 1);
    for (Path file :
        (Iterable<Path>)
            Files.walk(fixture.root.resolve("courses").resolve(slug)).filter(Files::isRegularFile)
                ::iterator) {
      String relative = fixture.root.resolve("courses").resolve(slug).relativize(file).toString();
      assertArrayEquals(Files.readAllBytes(file), files.get(relative), relative);
    }
    assertTrue(
        files.keySet().stream().anyMatch(p -> p.endsWith(".quiz.yaml"))
            && files.keySet().stream().anyMatch(p -> p.endsWith(".worksheet.md")));
  }

  @Test
  void maliciousZipsAreRefusedWithTheirEntryAndWriteNothing() throws IOException {
    String slug = ContentFixture.uniqueSlug("safe");
    folderCourse(slug);
    byte[] draftBefore = archives.draftArchive(TEACHER, slug);
    String okYaml = "title: Fine\ninstructors:\n  - teacher@example.test\n";
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("dot-dot", zip(Map.of("c/course.yaml", okYaml, "c/../../evil.md", "x")));
    bad.put("absolute", zip(Map.of("/c/course.yaml", okYaml)));
    bad.put("drive", zip(Map.of("C:/c/course.yaml", okYaml)));
    bad.put("backslash", zip(Map.of("c/course.yaml", okYaml, "c\\..\\evil.md", "x")));
    bad.put("two-folders", zip(Map.of("c/course.yaml", okYaml, "d/course.yaml", okYaml)));
    bad.put("top-level-file", zip(Map.of("course.yaml", okYaml)));
    bad.put("bomb", bomb());
    bad.put("too-many-files", manyFiles(2_001));
    bad.put("not-a-zip", "just text".getBytes(StandardCharsets.UTF_8));
    bad.put("hidden-file", zip(Map.of("c/course.yaml", okYaml, "c/.secret", "x")));
    bad.put("broken-course", zip(Map.of("c/course.yaml", "title: [unclosed\n")));
    for (Map.Entry<String, byte[]> zip : bad.entrySet()) {
      AuthoringProblem asNew =
          assertThrows(
              AuthoringProblem.class,
              () -> archives.importNew(TEACHER, zip.getValue()),
              zip.getKey());
      assertEquals(
          AuthoringProblem.Kind.INVALID, asNew.kind(), zip.getKey() + ": " + asNew.getMessage());
      assertTrue(
          asNew.getMessage().contains("nothing was written"),
          zip.getKey() + ": " + asNew.getMessage());
      AuthoringProblem asDraft =
          assertThrows(
              AuthoringProblem.class,
              () -> archives.importAsDraft(TEACHER, slug, zip.getValue()),
              zip.getKey());
      assertEquals(AuthoringProblem.Kind.INVALID, asDraft.kind(), zip.getKey());
      assertArrayEquals(
          draftBefore, archives.draftArchive(TEACHER, slug), zip.getKey() + " changed the draft");
    }
    assertTrue(catalog.course("c").isEmpty());
    assertThrows(
        AuthoringProblem.class, () -> history.draft(TEACHER, "c"), "no course c was created");
  }

  @Test
  void aFolderChangeAfterABrowserEditIsAConflictUntilTheInstructorChooses() throws IOException {
    String slug = ContentFixture.uniqueSlug("sync");
    ContentFixture fixture = folderCourse(slug);
    drafts.save(
        TEACHER,
        slug,
        "01-start/01-hello.md",
        "---\ntitle: Hello\n---\nBrowser words.\n",
        version(slug, "01-start/01-hello.md"));
    publisher.publish(TEACHER, slug, null);
    assertEquals(
        CourseImportStatus.UNCHANGED,
        sync(fixture, slug).status(),
        "an unchanged folder is no conflict");

    fixture.write(slug + "/01-start/01-hello.md", "---\ntitle: Hello\n---\nFolder words.\n");
    CourseImportResult conflict = sync(fixture, slug);

    assertEquals(CourseImportStatus.CONFLICT, conflict.status());
    assertTrue(conflict.problems().get(0).message().contains("edited in the browser"));
    assertTrue(html(slug, "hello").contains("Browser words"), "the sync overwrote nothing");
    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-hello.md")
            .orElseThrow()
            .text()
            .contains("Browser words"));
  }

  @Test
  void theInstructorChoosesBetweenTheBrowserVersionAndTheFolders() {
    String slug = ContentFixture.uniqueSlug("choose");
    ContentFixture fixture = folderCourse(slug);
    drafts.save(
        TEACHER,
        slug,
        "01-start/01-hello.md",
        "---\ntitle: Hello\n---\nBrowser words.\n",
        version(slug, "01-start/01-hello.md"));
    fixture.write(slug + "/01-start/01-hello.md", "---\ntitle: Hello\n---\nFolder words.\n");
    FileSystemContentSource folder = new FileSystemContentSource(fixture.root, markdown);
    assertEquals(CourseImportStatus.CONFLICT, sync(fixture, slug).status());

    folderSync.keepBrowserVersion(
        slug,
        folder.scan().folders().stream()
            .filter(f -> f.slug().equals(slug))
            .findFirst()
            .orElseThrow()
            .checksum());
    assertEquals(
        CourseImportStatus.UNCHANGED,
        sync(fixture, slug).status(),
        "the folder's files count as seen");
    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-hello.md")
            .orElseThrow()
            .text()
            .contains("Browser words"));

    fixture.write(slug + "/01-start/01-hello.md", "---\ntitle: Hello\n---\nNewer folder words.\n");
    assertEquals(
        CourseImportStatus.CONFLICT,
        sync(fixture, slug).status(),
        "a new folder change is offered again");
    assertEquals(CourseImportStatus.IMPORTED, importer.syncOne(folder, slug, true).status());
    assertTrue(
        drafts
            .open(TEACHER, slug, "01-start/01-hello.md")
            .orElseThrow()
            .text()
            .contains("Newer folder words"));
    assertTrue(
        html(slug, "hello").contains("Newer folder words"),
        "taking the folder's version publishes it");
    assertEquals(CourseImportStatus.UNCHANGED, sync(fixture, slug).status());
  }

  @Test
  void onlyAnAdministratorChangesWhoTeachesACourse() {
    String slug = ContentFixture.uniqueSlug("teachers");
    folderCourse(slug);
    String yaml =
        "title: Authoring fixture\n"
            + "instructors:\n"
            + "  - teacher@example.test\n"
            + "  - friend@example.test\n";
    AuthoringProblem refused =
        assertThrows(
            AuthoringProblem.class,
            () -> drafts.save(TEACHER, slug, "course.yaml", yaml, version(slug, "course.yaml")));
    assertEquals(AuthoringProblem.Kind.INVALID, refused.kind());
    assertTrue(refused.getMessage().contains("Only an administrator"));

    SignedInUser admin =
        new SignedInUser(
            2, "root@example.test", "Admin", Set.of(Role.LEARNER, Role.ADMINISTRATOR), 0);
    drafts.save(admin, slug, "course.yaml", yaml, version(slug, "course.yaml"));
    SignedInUser friend = instructor("friend@example.test");
    assertTrue(
        drafts.open(friend, slug, "course.yaml").isPresent(),
        "the new instructor may edit the draft at once");
  }

  @Test
  void neitherAnUploadedZipNorARestoreLetsAnInstructorChangeWhoTeaches() throws Exception {
    String slug = ContentFixture.uniqueSlug("takeover");
    folderCourse(slug);
    String lesson = drafts.open(TEACHER, slug, "01-start/01-hello.md").orElseThrow().text();
    byte[] takeover =
        zip(
            Map.of(
                slug + "/course.yaml",
                "title: Authoring fixture\n"
                    + "instructors:\n"
                    + "  - teacher@example.test\n"
                    + "  - friend@example.test\n",
                slug + "/01-start/01-hello.md",
                lesson));
    AuthoringProblem zipped =
        assertThrows(AuthoringProblem.class, () -> archives.importAsDraft(TEACHER, slug, takeover));
    assertTrue(zipped.getMessage().contains("Only an administrator"), zipped.getMessage());
    assertFalse(
        drafts
            .open(TEACHER, slug, "course.yaml")
            .orElseThrow()
            .text()
            .contains("friend@example.test"),
        "nothing was written");

    SignedInUser admin =
        new SignedInUser(
            2, "root@example.test", "Admin", Set.of(Role.LEARNER, Role.ADMINISTRATOR), 0);
    publisher.publish(TEACHER, slug, null); // version 1: taught by TEACHER alone
    String course = drafts.open(admin, slug, "course.yaml").orElseThrow().text();
    drafts.save(
        admin,
        slug,
        "course.yaml",
        course.replace(
            "  - teacher@example.test\n",
            "  - teacher@example.test\n  - other-teacher@example.test\n"),
        version(slug, "course.yaml"));
    publisher.publish(admin, slug, "a second instructor");
    AuthoringProblem restored =
        assertThrows(AuthoringProblem.class, () -> history.restore(OTHER_TEACHER, slug, 1));
    assertTrue(
        restored.getMessage().contains("Only an administrator"),
        "restoring version 1 would remove the other instructor");
    assertTrue(
        drafts
            .open(TEACHER, slug, "course.yaml")
            .orElseThrow()
            .text()
            .contains("other-teacher@example.test"),
        "the draft is as it was");
    history.restore(admin, slug, 1);
    assertFalse(
        drafts
            .open(TEACHER, slug, "course.yaml")
            .orElseThrow()
            .text()
            .contains("other-teacher@example.test"),
        "an administrator may");
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** 60 MB of zeros that compress to a few dozen kilobytes. */
  private static byte[] bomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("c/course.yaml"));
      zip.write("title: Bomb\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("c/assets/zeros.png"));
      byte[] block = new byte[1024 * 1024];
      for (int i = 0; i < 60; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] manyFiles(int count) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("c/course.yaml", "title: Many\n");
    for (int i = 0; i < count; i++) {
      entries.put("c/assets/f" + i + ".txt", "x");
    }
    return zip(entries);
  }
}
