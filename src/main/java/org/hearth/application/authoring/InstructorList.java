package org.hearth.application.authoring;

import java.util.List;
import java.util.TreeSet;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.account.Role;
import org.hearth.domain.authoring.CourseDraft;

/**
 * The one rule for who teaches a course, applied on every path that writes its course.yaml (the
 * text editor, the details form, a zip uploaded as the draft, restoring an older version): only an
 * administrator adds or removes instructors. Without it, an instructor could add a co-instructor,
 * or remove the others and take the course.
 */
final class InstructorList {

  private InstructorList() {}

  /**
   * Refuses the change unless {@code user} is an administrator or the list stays as it is; {@code
   * user} is null for content/ folder sync, which the operator controls.
   */
  static void checkChange(SignedInUser user, CourseDraft draft, List<String> proposed) {
    if (user == null
        || user.has(Role.ADMINISTRATOR)
        || new TreeSet<>(proposed).equals(new TreeSet<>(draft.getInstructors()))) {
      return;
    }
    throw new AuthoringProblem(
        AuthoringProblem.Kind.INVALID,
        "Only an administrator can add or remove a course's instructors, so nothing was changed."
            + " Keep its instructors list as it was ("
            + String.join(", ", draft.getInstructors())
            + ").");
  }
}
