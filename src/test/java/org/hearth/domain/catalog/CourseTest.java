package org.hearth.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A course's revision goes up exactly when learners would see something different, since every page
 * cache keys on it; and re-importing keeps each lesson's identity, which learners' progress hangs
 * on.
 */
class CourseTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

  /** The course.yaml of a course, field by field, so a test can change one thing. */
  static final class Yaml {
    String title = "Empathy, gently";
    String summary = "Ngũgĩ wa Thiong’o said: “it’s fine — really…”";
    List<String> authors = List.of("Zoë Ångström", "محمد بن عبد الله");
    String language = "en";
    List<String> tags = List.of("care", "💛");
    int minutes = 45;
    String contentNote = "This course talks about abuse.";
    SupportResources support =
        new SupportResources(
            "Get help now",
            "<p>You are not alone.</p>",
            List.of(new SupportLink("Hotline ☎", "https://example.org/help")));
    boolean sequential = true;
    boolean discreet = true;
    String quickExitUrl = "https://weather.example.org/";
    EnrolmentMode enrolmentMode = EnrolmentMode.OPEN;
    String enrolmentKey;
    List<String> instructors = List.of("siobhan@example.org");

    Yaml with(UnaryOperator<Yaml> change) {
      return change.apply(this);
    }

    CourseDetails details() {
      return new CourseDetails(
          title,
          summary,
          authors,
          language,
          tags,
          minutes,
          contentNote,
          support,
          sequential,
          discreet,
          quickExitUrl,
          enrolmentMode,
          enrolmentKey,
          instructors);
    }
  }

  static LessonOutline lesson(String slug, String title) {
    return new LessonOutline(
        slug, title, 5, List.of("Notice"), false, true, "<p>" + title + "</p>");
  }

  static List<ModuleOutline> outline() {
    return List.of(
        new ModuleOutline(
            "safety-first",
            "Safety first",
            "Before anything else",
            List.of(lesson("why", "Why empathy?"), lesson("how", "How can you have empathy?"))),
        new ModuleOutline(
            "practice", "Practice", null, List.of(lesson("listen", "Listening, “really”"))));
  }

  private static Course imported(CourseDetails details, List<ModuleOutline> outline) {
    Course course = new Course("empathy");
    course.revise(details, outline, "sum-1", MONDAY);
    return course;
  }

  @Test
  void theFirstImportTakesEveryDetailAndTheOutlineInOrder() {
    Yaml yaml = new Yaml();
    Course course = imported(yaml.details(), outline());

    assertEquals("empathy", course.getSlug());
    assertEquals(1, course.getRevision());
    assertEquals("sum-1", course.getChecksum());
    assertEquals(MONDAY, course.getImportedAt());
    assertEquals(yaml.title, course.getTitle());
    assertEquals(yaml.summary, course.getSummary());
    assertEquals(yaml.authors, course.getAuthors());
    assertEquals("en", course.getLanguage());
    assertEquals(yaml.tags, course.getTags());
    assertEquals(45, course.getEstimatedMinutes());
    assertEquals(yaml.contentNote, course.getContentNote());
    assertSame(yaml.support, course.getSupport());
    assertTrue(course.isSequential());
    assertTrue(course.isDiscreet());
    assertEquals(yaml.quickExitUrl, course.getQuickExitUrl());
    assertEquals(EnrolmentMode.OPEN, course.getEnrolmentMode());
    assertNull(course.getEnrolmentKey());
    assertEquals(List.of("siobhan@example.org"), course.getInstructors());

    List<CourseModule> modules = course.getModules();
    assertEquals(
        List.of("safety-first", "practice"), modules.stream().map(CourseModule::getSlug).toList());
    assertEquals(List.of(1, 2), modules.stream().map(CourseModule::getPosition).toList());
    assertEquals("Safety first", modules.get(0).getTitle());
    assertEquals("Before anything else", modules.get(0).getSummary());
    assertEquals(
        List.of("why", "how"), modules.get(0).getLessons().stream().map(Lesson::getSlug).toList());
    assertEquals(3, course.getLessons().size());
    Lesson how = modules.get(0).getLessons().get(1);
    assertEquals(2, how.getPosition(), "positions count within the module");
    assertSame(modules.get(0), how.getModule());
    assertSame(course, how.getCourse());
    assertEquals("How can you have empathy?", how.getTitle());
    assertEquals(5, how.getMinutes());
    assertEquals(List.of("Notice"), how.getObjectives());
    assertTrue(how.isRequired());
    assertEquals("<p>How can you have empathy?</p>", how.getHtml());
    assertEquals(ItemKind.LESSON, how.getKind());
    assertEquals(1, modules.get(1).getLessons().get(0).getPosition(), "and start again at one");
  }

  @Test
  void reimportingTheSameSourceKeepsTheRevisionButRecordsTheImport() {
    Course course = imported(new Yaml().details(), outline());
    List<Lesson> before = course.getLessons();

    course.revise(new Yaml().details(), outline(), "sum-2", TUESDAY);

    assertEquals(1, course.getRevision(), "nothing a learner sees changed");
    assertEquals("sum-2", course.getChecksum());
    assertEquals(TUESDAY, course.getImportedAt());
    for (int i = 0; i < before.size(); i++) {
      assertSame(before.get(i), course.getLessons().get(i), "the same lessons, not new rows");
    }
  }

  static Stream<Arguments> detailChanges() {
    return Stream.of(
        change("title", y -> y.title = "Empathy, gently (second edition)"),
        change("summary", y -> y.summary = "A shorter summary"),
        change("authors", y -> y.authors = List.of("Zoë Ångström")),
        change("language", y -> y.language = "fr"),
        change("tags", y -> y.tags = List.of("care")),
        change("minutes", y -> y.minutes = 50),
        change("content note", y -> y.contentNote = null),
        change("sequential", y -> y.sequential = false),
        change("discreet", y -> y.discreet = false),
        change("quick exit", y -> y.quickExitUrl = "https://news.example.org/"),
        change("enrolment mode", y -> y.enrolmentMode = EnrolmentMode.KEY),
        change("enrolment key", y -> y.enrolmentKey = "ключ-2026"),
        change("instructors", y -> y.instructors = List.of("jose@example.org")),
        change("no support", y -> y.support = null),
        change(
            "support title",
            y ->
                y.support =
                    new SupportResources("Help", y.support.getHtml(), y.support.getLinks())),
        change(
            "support text",
            y ->
                y.support =
                    new SupportResources(
                        y.support.getTitle(), "<p>Call us.</p>", y.support.getLinks())),
        change(
            "support links",
            y ->
                y.support =
                    new SupportResources(y.support.getTitle(), y.support.getHtml(), List.of())));
  }

  private static Arguments change(String what, java.util.function.Consumer<Yaml> edit) {
    return Arguments.of(
        what,
        (UnaryOperator<Yaml>)
            y -> {
              edit.accept(y);
              return y;
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detailChanges")
  void changingAnyOneDetailIsANewRevisionThatShowsIt(String what, UnaryOperator<Yaml> change) {
    Course course = imported(new Yaml().details(), outline());

    CourseDetails changed = new Yaml().with(change).details();
    course.revise(changed, outline(), "sum-2", TUESDAY);

    assertEquals(2, course.getRevision(), what);
    assertEquals(changed.title(), course.getTitle());
    assertEquals(changed.summary(), course.getSummary());
    assertEquals(changed.authors(), course.getAuthors());
    assertEquals(changed.language(), course.getLanguage());
    assertEquals(changed.tags(), course.getTags());
    assertEquals(changed.estimatedMinutes(), course.getEstimatedMinutes());
    assertEquals(changed.contentNote(), course.getContentNote());
    assertSame(changed.support(), course.getSupport());
    assertEquals(changed.sequential(), course.isSequential());
    assertEquals(changed.discreet(), course.isDiscreet());
    assertEquals(changed.quickExitUrl(), course.getQuickExitUrl());
    assertEquals(changed.enrolmentMode(), course.getEnrolmentMode());
    assertEquals(changed.enrolmentKey(), course.getEnrolmentKey());
    assertEquals(changed.instructors(), course.getInstructors());
  }

  @Test
  void supportReadInAgainWithTheSameWordsIsNoChange() {
    Course course = imported(new Yaml().details(), outline());
    Yaml same = new Yaml();
    same.support =
        new SupportResources(
            "Get help now",
            "<p>You are not alone.</p>",
            List.of(new SupportLink("Hotline ☎", "https://example.org/help")));

    course.revise(same.details(), outline(), "sum-2", TUESDAY);

    assertEquals(1, course.getRevision());
  }

  @Test
  void aCourseWithoutSupportStaysUnchangedWhenItStillHasNone() {
    Yaml none =
        new Yaml()
            .with(
                y -> {
                  y.support = null;
                  return y;
                });
    Course course = imported(none.details(), outline());

    course.revise(none.details(), outline(), "sum-2", TUESDAY);

    assertEquals(1, course.getRevision());
    assertNull(course.getSupport());
  }

  @Test
  void instructorsAreComparedAndKeptLowerCasedWithoutSpaces() {
    Yaml yaml = new Yaml();
    yaml.instructors = List.of("  Siobhan@Example.ORG ", "ZOË@EXAMPLE.ORG");

    Course course = imported(yaml.details(), outline());

    assertEquals(List.of("siobhan@example.org", "zoë@example.org"), course.getInstructors());
  }
}
