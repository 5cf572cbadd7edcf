package org.hearth.application.enrolment;

import static org.hearth.application.enrolment.EnrolmentFixtures.ADMINISTRATOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.COURSE;
import static org.hearth.application.enrolment.EnrolmentFixtures.FORMER_INSTRUCTOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.INSTRUCTOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.LAST;
import static org.hearth.application.enrolment.EnrolmentFixtures.LEARNER;
import static org.hearth.application.enrolment.EnrolmentFixtures.OPTIONAL;
import static org.hearth.application.enrolment.EnrolmentFixtures.OTHER_INSTRUCTOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.PREVIEW;
import static org.hearth.application.enrolment.EnrolmentFixtures.SECOND;
import static org.hearth.application.enrolment.EnrolmentFixtures.enrolled;
import static org.hearth.application.enrolment.EnrolmentFixtures.notEnrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.junit.jupiter.api.Test;

/** Who may read which lesson, and what the page tells everyone else to do. */
class LessonAccessTest {

  private final EnrolmentService service = new EnrolmentService();

  private List<LessonAccess> each(Optional<SignedInUser> viewer, CourseProgress progress) {
    return COURSE.lessons().stream()
        .map((LessonView lesson) -> service.access(viewer, COURSE, lesson, progress))
        .toList();
  }

  @Test
  void aVisitorReadsThePreviewAndIsAskedToSignInForTheRest() {
    assertEquals(
        List.of(
            LessonAccess.OPEN, LessonAccess.SIGN_IN, LessonAccess.SIGN_IN, LessonAccess.SIGN_IN),
        each(Optional.empty(), notEnrolled()));
  }

  @Test
  void aLearnerNotEnrolledReadsThePreviewAndIsAskedToEnrolForTheRest() {
    assertEquals(
        List.of(LessonAccess.OPEN, LessonAccess.ENROL, LessonAccess.ENROL, LessonAccess.ENROL),
        each(Optional.of(LEARNER), notEnrolled()));
  }

  @Test
  void anEnrolledLearnerReadsUpToTheFirstRequiredLessonNotDoneAndAnyOptionalOne() {
    Optional<SignedInUser> learner = Optional.of(LEARNER);

    assertEquals(
        List.of(LessonAccess.OPEN, LessonAccess.LOCKED, LessonAccess.OPEN, LessonAccess.LOCKED),
        each(learner, enrolled()),
        "the preview is open to all, though not yet done");
    assertEquals(
        List.of(LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.LOCKED),
        each(learner, enrolled(1L)));
    assertEquals(
        List.of(LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.OPEN),
        each(learner, enrolled(1L, 2L)),
        "the optional third lesson never holds the last back");
  }

  @Test
  void theCoursesInstructorsAndAdministratorsReadEveryLessonWithoutEnrolling() {
    for (SignedInUser staff : List.of(INSTRUCTOR, ADMINISTRATOR)) {
      assertEquals(
          List.of(LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.OPEN, LessonAccess.OPEN),
          each(Optional.of(staff), notEnrolled()),
          staff.email());
    }
  }

  @Test
  void anotherCoursesInstructorOrAFormerInstructorIsAnyOtherLearner() {
    assertEquals(
        LessonAccess.ENROL,
        service.access(Optional.of(OTHER_INSTRUCTOR), COURSE, SECOND, notEnrolled()));
    assertEquals(
        LessonAccess.LOCKED,
        service.access(Optional.of(FORMER_INSTRUCTOR), COURSE, LAST, enrolled(1L)));
    assertEquals(
        LessonAccess.OPEN,
        service.access(Optional.of(OTHER_INSTRUCTOR), COURSE, PREVIEW, notEnrolled()));
    assertEquals(
        LessonAccess.OPEN, service.access(Optional.of(LEARNER), COURSE, OPTIONAL, enrolled()));
  }

  @Test
  void administratorsTeachOrAdministerEveryCourseAndInstructorsOnlyTheirOwn() {
    assertTrue(EnrolmentService.teachesOrAdministers(ADMINISTRATOR, COURSE));
    assertTrue(EnrolmentService.teachesOrAdministers(INSTRUCTOR, COURSE));
    assertFalse(EnrolmentService.teachesOrAdministers(OTHER_INSTRUCTOR, COURSE));
    assertFalse(EnrolmentService.teachesOrAdministers(FORMER_INSTRUCTOR, COURSE));
    assertFalse(EnrolmentService.teachesOrAdministers(LEARNER, COURSE));
  }
}
