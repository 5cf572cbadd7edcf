package org.hearth.web.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.domain.account.DiscreetMode;
import org.hearth.domain.account.DisplayChoice;
import org.hearth.domain.account.DisplayChoice.TextSize;
import org.hearth.domain.account.DisplayChoice.Theme;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.junit.jupiter.api.Test;

class LessonPageKeyTest {

  private static final LessonView FIRST = lesson(1);
  private static final LessonView SECOND = lesson(2);
  private static final SignedInUser ANN =
      new SignedInUser(7, "ann@example.org", "Ann", Set.of(Role.LEARNER), 0);
  private static final SignedInUser BO =
      new SignedInUser(8, "bo@example.org", "Bo", Set.of(Role.LEARNER), 0);

  private static LessonView lesson(long id) {
    return new LessonView(
        id,
        "lesson-" + id,
        "Lesson " + id,
        3,
        List.of(),
        false,
        true,
        "<p>x</p>",
        "Module",
        (int) id,
        ItemKind.LESSON,
        null,
        null);
  }

  private static CourseView course(long revision) {
    return new CourseView(
        10,
        "c",
        revision,
        "Course",
        "",
        List.of(),
        "en",
        List.of(),
        6,
        null,
        Optional.empty(),
        false,
        false,
        "https://example.org",
        EnrolmentMode.OPEN,
        List.of(),
        List.of(new ModuleView("m", "Module", null, 1, List.of(FIRST, SECOND))));
  }

  private static LessonPageKey key(
      SignedInUser reader, long revision, LessonView lesson, boolean enrolled, Long... done) {
    return key(reader, DisplayChoice.DEFAULT, revision, lesson, enrolled, done);
  }

  private static LessonPageKey key(
      SignedInUser reader,
      DisplayChoice display,
      long revision,
      LessonView lesson,
      boolean enrolled,
      Long... done) {
    CourseView course = course(revision);
    return LessonPageKey.of(
        reader,
        course,
        lesson,
        new CourseProgress(
            course, enrolled, Set.of(done), Optional.of("lesson-2"), Optional.empty()),
        display);
  }

  @Test
  void readersWithTheSameRolesAndProgressShareAPage() {
    assertEquals(
        key(ANN, 1, SECOND, true, 1L),
        key(BO, 1, SECOND, true, 1L),
        "who they are, and where they stopped, are not on the page");
  }

  @Test
  void anythingThePageShowsAboutTheReaderOrTheCourseMakesAnotherPage() {
    LessonPageKey page = key(ANN, 1, SECOND, true, 1L);
    assertNotEquals(page, key(ANN, 2, SECOND, true, 1L), "a new publish");
    assertNotEquals(page, key(ANN, 1, FIRST, true, 1L), "another lesson");
    assertNotEquals(page, key(ANN, 1, SECOND, true), "less done");
    assertNotEquals(page, key(ANN, 1, SECOND, true, 1L, 2L), "more done");
    assertNotEquals(page, key(ANN, 1, SECOND, false, 1L), "no longer enrolled");
    SignedInUser teacher =
        new SignedInUser(9, "teacher@example.org", "T", Set.of(Role.LEARNER, Role.INSTRUCTOR), 0);
    assertNotEquals(page, key(teacher, 1, SECOND, true, 1L), "the header offers teaching");
    SignedInUser discreet =
        new SignedInUser(11, "d@example.org", "D", Set.of(Role.LEARNER), 0, DiscreetMode.ON);
    assertNotEquals(page, key(discreet, 1, SECOND, true, 1L), "the title names no course");
    DisplayChoice dark = new DisplayChoice(Theme.DARK, TextSize.STANDARD);
    assertNotEquals(page, key(ANN, dark, 1, SECOND, true, 1L), "the page is drawn dark");
    DisplayChoice large = new DisplayChoice(Theme.AUTO, TextSize.LARGE);
    assertNotEquals(page, key(ANN, large, 1, SECOND, true, 1L), "the text is larger");
    assertEquals(
        key(ANN, dark, 1, SECOND, true, 1L),
        key(BO, dark, 1, SECOND, true, 1L),
        "readers who chose the same display share a page");
  }
}
