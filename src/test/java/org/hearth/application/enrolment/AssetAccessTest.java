package org.hearth.application.enrolment;

import static org.hearth.application.enrolment.EnrolmentFixtures.ADMINISTRATOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.COURSE;
import static org.hearth.application.enrolment.EnrolmentFixtures.INSTRUCTOR;
import static org.hearth.application.enrolment.EnrolmentFixtures.LEARNER;
import static org.hearth.application.enrolment.EnrolmentFixtures.OTHER_INSTRUCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.enrolment.AssetAccess.Answer;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.junit.jupiter.api.Test;

/** A file only members-only lessons show goes to members alone; every other file is public. */
class AssetAccessTest {

  /** Progress from memory: the enrolled learners, each with the first lesson done. */
  private static final class Progress extends ProgressService {
    final Set<Long> enrolled = new HashSet<>();
    int lookups;

    @Override
    public CourseProgress of(Optional<SignedInUser> viewer, CourseView course) {
      lookups++;
      return viewer.filter(v -> enrolled.contains(v.id())).isPresent()
          ? EnrolmentFixtures.enrolled(1L)
          : EnrolmentFixtures.notEnrolled();
    }
  }

  private final Progress progress = new Progress();
  private final AssetAccess access = new AssetAccess();

  AssetAccessTest() {
    access.enrolments = new EnrolmentService();
    access.progress = progress;
  }

  private Answer answer(SignedInUser viewer, String path) {
    return access.answer(Optional.ofNullable(viewer), COURSE, path);
  }

  @Test
  void aFileNoLessonShowsOrThatAPreviewShowsIsPublicWithoutLookingUpProgress() {
    for (String path : List.of("cover.jpg", "welcome.png", "shared.png", "breathing", "png")) {
      assertEquals(Answer.PUBLIC, answer(null, path), path);
      assertEquals(Answer.PUBLIC, answer(LEARNER, path), path);
    }
    assertEquals(0, progress.lookups);
  }

  @Test
  void aFileOnlyMembersLessonsShowIsRefusedToAVisitorAsIfItWereNotThere() {
    assertEquals(Answer.REFUSED, answer(null, "breathing.png"));
    assertEquals(Answer.REFUSED, answer(null, "handout.pdf"));
    assertEquals(0, progress.lookups, "a visitor is no member: nothing to look up");
  }

  @Test
  void aLearnerNotEnrolledOrAnotherCoursesInstructorIsRefused() {
    assertEquals(Answer.REFUSED, answer(LEARNER, "breathing.png"));
    assertEquals(Answer.REFUSED, answer(OTHER_INSTRUCTOR, "handout.pdf"));
  }

  @Test
  void anEnrolledLearnerGetsTheFileForThemselvesEvenFromALessonNotReachedYet() {
    progress.enrolled.add(LEARNER.id());

    assertEquals(Answer.PERSONAL, answer(LEARNER, "breathing.png"), "the open second lesson");
    assertEquals(Answer.PERSONAL, answer(LEARNER, "handout.pdf"), "the locked last lesson");
  }

  @Test
  void theCoursesInstructorsAndAdministratorsGetItWithoutEnrolling() {
    assertEquals(Answer.PERSONAL, answer(INSTRUCTOR, "handout.pdf"));
    assertEquals(Answer.PERSONAL, answer(ADMINISTRATOR, "breathing.png"));
  }
}
