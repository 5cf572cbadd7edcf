package org.hearth.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-importing a course's outline: modules and lessons are matched by slug, so a lesson keeps its
 * row (and learners' progress) when edited or moved, and the revision goes up whenever a learner
 * would see the outline or an item differently.
 */
class CourseOutlineTest {

  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  private static final QuizDefinition QUIZ =
      new QuizDefinition(QuizKind.GRADED, 70, 0, false, false, List.of());
  private static final WorksheetDefinition WORKSHEET =
      new WorksheetDefinition("Your regulation log", List.of());

  private static LessonOutline item(String slug) {
    return new LessonOutline(
        slug,
        "Why empathy?",
        5,
        List.of("Notice"),
        false,
        true,
        "<p>Why.</p>",
        ItemKind.LESSON,
        null,
        null,
        null);
  }

  private static ModuleOutline module(String slug, LessonOutline... items) {
    return new ModuleOutline(slug, "Safety first", "Before anything else", List.of(items));
  }

  private static Course course(List<ModuleOutline> outline) {
    Course course = new Course("empathy");
    course.revise(new CourseTest.Yaml().details(), outline, "sum", AT);
    return course;
  }

  private static long revisionAfter(Course course, List<ModuleOutline> outline) {
    course.revise(new CourseTest.Yaml().details(), outline, "sum", AT);
    return course.getRevision();
  }

  private static Lesson lesson(Course course, String slug) {
    return course.getLessons().stream()
        .filter(l -> l.getSlug().equals(slug))
        .findFirst()
        .orElseThrow();
  }

  static Stream<Arguments> itemChanges() {
    LessonOutline why = item("why");
    return Stream.of(
        Arguments.of(
            "title",
            new LessonOutline(
                "why", "Warum Empathie?", 5, List.of("Notice"), false, true, "<p>Why.</p>")),
        Arguments.of(
            "minutes",
            new LessonOutline("why", why.title(), 7, why.objectives(), false, true, why.html())),
        Arguments.of(
            "objectives",
            new LessonOutline(
                "why", why.title(), 5, List.of("Notice", "Name it"), false, true, why.html())),
        Arguments.of(
            "preview",
            new LessonOutline("why", why.title(), 5, why.objectives(), true, true, why.html())),
        Arguments.of(
            "required",
            new LessonOutline("why", why.title(), 5, why.objectives(), false, false, why.html())),
        Arguments.of(
            "text",
            new LessonOutline(
                "why", why.title(), 5, why.objectives(), false, true, "<p>It’s “fine”.</p>")),
        Arguments.of("content note", why.withContentNote("This lesson talks about abuse.")),
        Arguments.of(
            "now a quiz", LessonOutline.quiz("why", why.title(), 5, true, why.html(), QUIZ)),
        Arguments.of(
            "now a worksheet",
            LessonOutline.worksheet("why", why.title(), 5, true, why.html(), WORKSHEET)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("itemChanges")
  void editingAnItemIsANewRevisionAndTheSameLessonShowsTheEdit(String what, LessonOutline edited) {
    Course course = course(List.of(module("safety-first", item("why"))));
    Lesson before = lesson(course, "why");

    assertEquals(2, revisionAfter(course, List.of(module("safety-first", edited))), what);

    Lesson after = lesson(course, "why");
    assertSame(before, after, "the same row, so progress on it is kept");
    assertEquals(edited.title(), after.getTitle());
    assertEquals(edited.minutes(), after.getMinutes());
    assertEquals(edited.objectives(), after.getObjectives());
    assertEquals(edited.preview(), after.isPreview());
    assertEquals(edited.required(), after.isRequired());
    assertEquals(edited.html(), after.getHtml());
    assertEquals(edited.contentNote(), after.getContentNote());
    assertEquals(edited.kind(), after.getKind());
    assertSame(edited.quiz(), after.getQuiz());
    assertSame(edited.worksheet(), after.getWorksheet());
  }

  @Test
  void aQuizWithANewPassMarkIsANewRevision() {
    Course course =
        course(List.of(module("m", LessonOutline.quiz("check", "Check in", 5, true, "", QUIZ))));
    QuizDefinition stricter = new QuizDefinition(QuizKind.GRADED, 80, 0, false, false, List.of());

    long revision =
        revisionAfter(
            course,
            List.of(module("m", LessonOutline.quiz("check", "Check in", 5, true, "", stricter))));

    assertEquals(2, revision);
    assertEquals(80, lesson(course, "check").getQuiz().passMark());
  }

  @Test
  void aWorksheetWithNewWordsIsANewRevision() {
    Course course =
        course(List.of(module("m", LessonOutline.worksheet("log", "Log", 5, true, "", WORKSHEET))));
    WorksheetDefinition reworded = new WorksheetDefinition("Ваш дневник", List.of());

    long revision =
        revisionAfter(
            course,
            List.of(module("m", LessonOutline.worksheet("log", "Log", 5, true, "", reworded))));

    assertEquals(2, revision);
  }

  @Test
  void removingAContentNoteIsANewRevision() {
    Course course = course(List.of(module("m", item("why").withContentNote("Talks about abuse."))));

    assertEquals(2, revisionAfter(course, List.of(module("m", item("why")))));
    assertNull(lesson(course, "why").getContentNote());
  }

  @Test
  void aLessonMovedToAnotherModuleKeepsItsRowAndTakesItsNewPlace() {
    Course course =
        course(
            List.of(module("first", item("why"), item("how")), module("second", item("listen"))));
    Lesson how = lesson(course, "how");

    long revision =
        revisionAfter(
            course,
            List.of(module("first", item("why")), module("second", item("how"), item("listen"))));

    assertEquals(2, revision);
    assertSame(how, lesson(course, "how"));
    CourseModule second = course.getModules().get(1);
    assertSame(second, how.getModule());
    assertEquals(1, how.getPosition());
    assertEquals(
        List.of("how", "listen"), second.getLessons().stream().map(Lesson::getSlug).toList());
    assertEquals(1, course.getModules().get(0).getLessons().size());
  }

  @Test
  void swappingTwoLessonsInAModuleIsANewRevision() {
    Course course = course(List.of(module("m", item("why"), item("how"))));

    assertEquals(2, revisionAfter(course, List.of(module("m", item("how"), item("why")))));
    assertEquals(1, lesson(course, "how").getPosition());
    assertEquals(2, lesson(course, "why").getPosition());
  }

  @Test
  void removingTheLastLessonIsANewRevisionAndTheLessonIsGone() {
    Course course = course(List.of(module("m", item("why"), item("how"))));

    assertEquals(2, revisionAfter(course, List.of(module("m", item("why")))));
    assertEquals(List.of("why"), course.getLessons().stream().map(Lesson::getSlug).toList());
  }

  @Test
  void removingAnEmptyModuleAtTheEndIsANewRevision() {
    Course course = course(List.of(module("m", item("why")), module("later")));

    assertEquals(2, revisionAfter(course, List.of(module("m", item("why")))));
    assertEquals(1, course.getModules().size());
  }

  @Test
  void anEmptyModuleAddedAtTheEndIsANewRevision() {
    Course course = course(List.of(module("m", item("why"))));

    assertEquals(2, revisionAfter(course, List.of(module("m", item("why")), module("later"))));
    assertEquals(2, course.getModules().get(1).getPosition());
  }

  @Test
  void aRetitledOrResummarisedModuleIsANewRevisionAndKeepsItsRow() {
    Course course = course(List.of(module("m", item("why"))));
    CourseModule before = course.getModules().get(0);

    ModuleOutline retitled =
        new ModuleOutline("m", "Sicherheit zuerst", "Before anything else", List.of(item("why")));
    assertEquals(2, revisionAfter(course, List.of(retitled)));
    ModuleOutline resummarised =
        new ModuleOutline("m", "Sicherheit zuerst", "Vor allem anderen", List.of(item("why")));
    assertEquals(3, revisionAfter(course, List.of(resummarised)));

    assertSame(before, course.getModules().get(0));
    assertEquals("Sicherheit zuerst", before.getTitle());
    assertEquals("Vor allem anderen", before.getSummary());
  }

  @Test
  void swappingTwoEmptyModulesIsANewRevision() {
    Course course = course(List.of(module("a"), module("b")));

    assertEquals(2, revisionAfter(course, List.of(module("b"), module("a"))));
    assertEquals(
        List.of("b", "a"), course.getModules().stream().map(CourseModule::getSlug).toList());
  }

  @Test
  void aLessonRemovedAndAddedBackIsANewRow() {
    Course course = course(List.of(module("m", item("why"), item("how"))));
    Lesson how = lesson(course, "how");
    revisionAfter(course, List.of(module("m", item("why"))));

    revisionAfter(course, List.of(module("m", item("why"), item("how"))));

    assertNotSame(how, lesson(course, "how"), "its old row went with the lesson");
    assertFalse(course.getLessons().contains(how));
  }

  @Test
  void aContentNoteIsKeptWithoutSurroundingSpaceAndABlankOneIsNone() {
    Course course =
        course(List.of(module("m", item("why").withContentNote("  Talks about abuse.\n"))));

    assertEquals("Talks about abuse.", lesson(course, "why").getContentNote());
    assertNull(item("why").withContentNote(" \n ").contentNote());
    assertNull(item("why").withContentNote(null).contentNote());
  }
}
