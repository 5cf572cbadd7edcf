package org.hearth.application.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.asset.CourseFileAddress;

/**
 * Who may fetch an image or download of a course (from its assets/ folder or anywhere else in it,
 * by its path as {@code CourseFileAddress} gives it). A file that only members-only lessons show is
 * theirs too: it goes to whoever may open one of those lessons (enrolled learners, the course's
 * instructors, administrators) and to nobody else. A file a preview lesson shows, or that no lesson
 * shows (a course picture, a handout linked from the summary), is public.
 */
@ApplicationScoped
public class AssetAccess {

  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;

  /** What a request for an asset may be answered with. */
  public enum Answer {
    /** Anyone may have it, and shared caches may keep it. */
    PUBLIC,
    /** This reader may have it, but only for themselves: nothing may keep it. */
    PERSONAL,
    /** This reader may not have it: answered as if it did not exist. */
    REFUSED
  }

  public Answer answer(Optional<SignedInUser> viewer, CourseView course, String path) {
    String address = "assets/" + course.slug() + "/" + CourseFileAddress.encode(path);
    List<LessonView> showing =
        course.lessons().stream().filter(lesson -> shows(lesson, address)).toList();
    if (showing.isEmpty() || showing.stream().anyMatch(LessonView::preview)) {
      return Answer.PUBLIC;
    }
    if (viewer.isEmpty()) {
      return Answer.REFUSED;
    }
    var learnerProgress = progress.of(viewer, course);
    return showing.stream()
            .anyMatch(
                lesson -> isMember(enrolments.access(viewer, course, lesson, learnerProgress)))
        ? Answer.PERSONAL
        : Answer.REFUSED;
  }

  /**
   * Whether a lesson links the address, as a whole (so {@code a.png} is not {@code a.png.txt}),
   * with or without a fragment or query after it ({@code handout.pdf#page=2}).
   */
  private static boolean shows(LessonView lesson, String address) {
    String html = lesson.html();
    return html != null
        && (html.contains(address + "\"")
            || html.contains(address + "#")
            || html.contains(address + "?"));
  }

  /**
   * An enrolled learner whose sequential course has not reached the lesson yet is a member all the
   * same.
   */
  private static boolean isMember(LessonAccess access) {
    return access == LessonAccess.OPEN || access == LessonAccess.LOCKED;
  }
}
