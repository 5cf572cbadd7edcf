package org.hearth.application.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.enrolment.EnrolmentMode;

/**
 * A sequential course of four lessons, the first a free preview, the third optional; its
 * instructor, another course's instructor, an administrator and a learner.
 */
final class EnrolmentFixtures {

  static final LessonView PREVIEW =
      lesson(
          1,
          true,
          true,
          "<p>Welcome <img src=\"/assets/calm/welcome.png\" alt=\"\">"
              + " <img src=\"/assets/calm/shared.png\" alt=\"\"></p>");
  static final LessonView SECOND =
      lesson(2, false, true, "<p><img src=\"/assets/calm/breathing.png\" alt=\"\"></p>");
  static final LessonView OPTIONAL = lesson(3, false, false, null);
  static final LessonView LAST =
      lesson(
          4,
          false,
          true,
          "<p><a href=\"/assets/calm/handout.pdf\">Handout</a>"
              + " <img src=\"/assets/calm/shared.png\" alt=\"\"></p>");

  static final String INSTRUCTOR_EMAIL = "nguyen.thi.minh.khai@example.org";

  static final CourseView COURSE =
      new CourseView(
          30,
          "calm",
          4,
          "Calm",
          "",
          List.of(),
          "en",
          List.of(),
          40,
          null,
          Optional.empty(),
          true,
          false,
          "https://example.org",
          EnrolmentMode.OPEN,
          List.of(INSTRUCTOR_EMAIL),
          List.of(
              new ModuleView("one", "One", null, 1, List.of(PREVIEW, SECOND)),
              new ModuleView("two", "Two", null, 2, List.of(OPTIONAL, LAST))));

  static final SignedInUser LEARNER = user(7, "zoe@example.org", Role.LEARNER);
  static final SignedInUser INSTRUCTOR = user(8, INSTRUCTOR_EMAIL, Role.INSTRUCTOR);
  static final SignedInUser OTHER_INSTRUCTOR = user(9, "sato@example.org", Role.INSTRUCTOR);
  static final SignedInUser ADMINISTRATOR = user(10, "admin@example.org", Role.ADMINISTRATOR);

  /** A learner named on the instructors' list whose instructor role was taken away. */
  static final SignedInUser FORMER_INSTRUCTOR = user(11, INSTRUCTOR_EMAIL, Role.LEARNER);

  private EnrolmentFixtures() {}

  private static LessonView lesson(long id, boolean preview, boolean required, String html) {
    return new LessonView(
        id,
        "lesson-" + id,
        "Lesson " + id,
        10,
        List.of(),
        preview,
        required,
        html,
        "One",
        (int) id,
        ItemKind.LESSON,
        null,
        null);
  }

  private static SignedInUser user(long id, String email, Role role) {
    return new SignedInUser(id, email, "Person " + id, Set.of(role), 0);
  }

  static CourseProgress enrolled(Long... done) {
    return new CourseProgress(COURSE, true, Set.of(done), Optional.empty(), Optional.empty());
  }

  static CourseProgress notEnrolled() {
    return CourseProgress.none(COURSE);
  }
}
