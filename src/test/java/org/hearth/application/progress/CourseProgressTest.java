package org.hearth.application.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

  private static LessonView lesson(long id, boolean required) {
    return new LessonView(
        id,
        "lesson-" + id,
        "Lesson " + id,
        3,
        List.of(),
        false,
        required,
        "<p>x</p>",
        "Module",
        (int) id,
        org.hearth.domain.catalog.ItemKind.LESSON,
        null,
        null);
  }

  private static final LessonView ONE = lesson(1, true);
  private static final LessonView OPTIONAL = lesson(2, false);
  private static final LessonView THREE = lesson(3, true);
  private static final LessonView FOUR = lesson(4, true);

  private static CourseView course(boolean sequential) {
    ModuleView first = new ModuleView("first", "First", null, 1, List.of(ONE, OPTIONAL));
    ModuleView second = new ModuleView("second", "Second", null, 2, List.of(THREE, FOUR));
    return new CourseView(
        10,
        "c",
        1,
        "Course",
        "",
        List.of(),
        "en",
        List.of(),
        12,
        null,
        Optional.empty(),
        sequential,
        false,
        "https://example.org",
        EnrolmentMode.OPEN,
        List.of(),
        List.of(first, second));
  }

  private static CourseProgress progress(boolean sequential, Long... done) {
    return new CourseProgress(
        course(sequential), true, Set.of(done), Optional.empty(), Optional.empty());
  }

  @Test
  void onlyRequiredLessonsCount() {
    CourseProgress progress = progress(false, 1L, 2L);
    assertEquals(3, progress.requiredTotal());
    assertEquals(1, progress.requiredDone(), "the optional lesson done does not count");
    assertEquals(33, progress.percent());
    ModuleView first = progress.course().modules().get(0);
    assertEquals(1, progress.requiredTotal(first));
    assertEquals(1, progress.requiredDone(first));
  }

  @Test
  void aCourseIsCompleteWhenEveryRequiredLessonIsDoneEvenIfOptionalOnesAreNot() {
    assertTrue(progress(false, 1L, 3L, 4L).isCourseComplete());
    assertEquals(100, progress(false, 1L, 3L, 4L).percent());
    assertFalse(progress(false, 1L, 2L, 3L).isCourseComplete());
  }

  @Test
  void sequentialCoursesOpenEachRequiredLessonAfterTheOneBefore() {
    CourseProgress none = progress(true);
    assertTrue(none.isUnlocked(ONE));
    assertTrue(none.isUnlocked(OPTIONAL), "optional lessons are always open");
    assertFalse(none.isUnlocked(THREE));
    CourseProgress afterOne = progress(true, 1L);
    assertTrue(afterOne.isUnlocked(THREE), "the optional lesson in between does not block");
    assertFalse(afterOne.isUnlocked(FOUR));
    assertTrue(progress(false).isUnlocked(FOUR), "a course that is not sequential locks nothing");
  }

  @Test
  void continueOpensTheFirstRequiredLessonNotDone() {
    assertEquals(ONE, progress(false).continueWith().orElseThrow());
    assertEquals(THREE, progress(false, 1L).continueWith().orElseThrow());
    assertEquals(FOUR, progress(false, 1L, 3L).continueWith().orElseThrow());
    CourseProgress finished =
        new CourseProgress(
            course(false), true, Set.of(1L, 3L, 4L), Optional.of("lesson-3"), Optional.empty());
    assertEquals(
        THREE,
        finished.continueWith().orElseThrow(),
        "when all is done, back to the last lesson viewed");
  }
}
