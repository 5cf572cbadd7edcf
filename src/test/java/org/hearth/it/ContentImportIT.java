package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.application.content.ImportReport;
import org.hearth.domain.catalog.Lesson;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Content import against the real database, inside Payara. */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(ContentImportIT.class, ContentFixture.class);
  }

  @Inject ContentImportService importer;
  @Inject CourseCatalog catalog;
  @Inject CourseRepository courses;
  @Inject MarkdownRenderer markdown;

  private ImportReport importFrom(ContentFixture fixture) {
    return importer.importAll(new FileSystemContentSource(fixture.root, markdown));
  }

  private static CourseImportResult result(ImportReport report, String slug) {
    return report.courses().stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
  }

  @Test
  void bundledEmpathyCourseIsImportedAtStartUp() {
    CourseView course = catalog.course("empathy-and-safety").orElseThrow();
    assertEquals("Empathy and Safety After Betrayal", course.title());
    assertEquals(List.of("KayLee Dunn"), course.authors());
    assertTrue(course.hasSupport(), "the course declares support resources");
    long lessons = course.lessons().stream().filter(l -> !l.isQuiz() && !l.isWorksheet()).count();
    assertTrue(lessons >= 5 && lessons <= 8, "5 to 8 lessons");
    assertEquals(
        2,
        course.lessons().stream().filter(l -> l.isQuiz() && l.quiz().graded()).count(),
        "two graded knowledge checks");
    assertEquals(
        1,
        course.lessons().stream().filter(l -> l.isQuiz() && !l.quiz().graded()).count(),
        "one self-check");
    assertTrue(course.modules().size() >= 2 && course.modules().size() <= 3, "2 or 3 modules");
  }

  @Test
  void importsAFolderIntoTheDatabaseAndReadsItBack() {
    String slug = ContentFixture.uniqueSlug("fixture");
    ContentFixture fixture = new ContentFixture().validCourse(slug, "Fixture course");

    ImportReport report = importFrom(fixture);

    CourseImportResult result = result(report, slug);
    assertEquals(CourseImportStatus.IMPORTED, result.status(), () -> result.problems().toString());
    assertEquals(2, result.lessons());
    CourseView course = catalog.course(slug).orElseThrow();
    assertEquals("Fixture course", course.title());
    assertEquals("Getting started", course.modules().get(0).title());
    LessonView hello = course.lesson("hello").orElseThrow();
    assertEquals(3, hello.minutes());
    assertTrue(hello.preview());
    assertTrue(hello.html().contains("id=\"hello\""), hello.html());
    LessonView next = course.lesson("next").orElseThrow();
    assertTrue(
        next.html().contains("href=\"hello\""),
        "lesson links point at lesson pages: " + next.html());
    assertEquals(next, course.next(hello).orElseThrow());
  }

  @Test
  void unchangedContentIsSkippedAndChangedContentIsUpdatedInPlace() {
    String slug = ContentFixture.uniqueSlug("reimport");
    ContentFixture fixture = new ContentFixture().validCourse(slug, "Before");
    importFrom(fixture);
    Long helloId = lessonId(slug, "hello");
    long revision = catalog.course(slug).orElseThrow().revision();

    ImportReport unchanged = importFrom(fixture);
    assertEquals(CourseImportStatus.UNCHANGED, result(unchanged, slug).status());
    assertEquals(
        revision,
        catalog.course(slug).orElseThrow().revision(),
        "an unchanged folder writes nothing");

    fixture.write(slug + "/course.yaml", "title: After\n");
    fixture.write(slug + "/01-start/01-hello.md", "---\ntitle: Hello again\n---\nNew words.\n");
    fixture.delete(slug + "/01-start/02-next.md");
    ImportReport changed = importFrom(fixture);

    assertEquals(
        CourseImportStatus.IMPORTED,
        result(changed, slug).status(),
        () -> result(changed, slug).problems().toString());
    CourseView course = catalog.course(slug).orElseThrow();
    assertEquals("After", course.title());
    assertTrue(course.revision() > revision);
    assertEquals(1, course.lessonCount(), "the removed lesson is gone");
    assertTrue(course.lesson("hello").orElseThrow().html().contains("New words."));
    assertEquals(helloId, lessonId(slug, "hello"), "an edited lesson keeps its identity");
  }

  @Test
  void aMalformedCourseIsReportedAndDoesNotBlockTheOthers() {
    String good = ContentFixture.uniqueSlug("good");
    String bad = ContentFixture.uniqueSlug("bad");
    ContentFixture fixture =
        new ContentFixture().validCourse(good, "Good").validCourse(bad, "Bad, first version");
    importFrom(fixture);
    fixture.write(good + "/01-start/01-hello.md", "---\ntitle: Hello, edited\n---\nEdited.\n");
    fixture.write(
        bad + "/01-start/02-next.md",
        "---\ntitle: Next\n---\nA line\nSee [missing](03-missing.md).\n");

    ImportReport report = importFrom(fixture);

    assertEquals(CourseImportStatus.IMPORTED, result(report, good).status());
    assertEquals(
        "Hello, edited", catalog.course(good).orElseThrow().lesson("hello").orElseThrow().title());
    CourseImportResult rejected = result(report, bad);
    assertEquals(CourseImportStatus.REJECTED, rejected.status());
    ContentProblem problem = rejected.problems().get(0);
    assertEquals("courses/" + bad + "/01-start/02-next.md", problem.path());
    assertEquals(
        5, problem.line(), "the line of the broken link, counted from the top of the file");
    assertTrue(problem.message().contains("03-missing.md"), problem.message());
    assertFalse(report.isClean());
    CourseView stillThere = catalog.course(bad).orElseThrow();
    assertEquals("Bad, first version", stillThere.title(), "the previous version stays");
    assertTrue(stillThere.lesson("next").orElseThrow().html().contains("first lesson"));
  }

  private Long lessonId(String courseSlug, String lessonSlug) {
    return courses.lessonsInOrder(courseSlug).stream()
        .filter(l -> l.getSlug().equals(lessonSlug))
        .map(Lesson::getId)
        .findFirst()
        .orElseThrow();
  }
}
