package org.hearth.web.learn;

import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.domain.account.DisplayChoice;
import org.hearth.domain.account.Role;

/**
 * Everything a signed-in reader's lesson page is drawn from, apart from their anti-forgery token:
 * the course as published (its revision), the lesson, the reader's roles (which links the header
 * offers) and their progress (enrolled, and which items are done; locks, module counts and the
 * percentage follow from those), and whether the page is discreet for them. Two readers with equal
 * keys see the same page, so it is rendered once. Anything new that learn.xhtml or the page
 * template shows about the reader belongs here.
 */
record LessonPageKey(
    long courseId,
    long revision,
    String lessonSlug,
    Set<Role> roles,
    boolean enrolled,
    Set<Long> done,
    boolean discreet,
    DisplayChoice display) {

  LessonPageKey {
    roles = Set.copyOf(roles);
    done = Set.copyOf(done);
  }

  static LessonPageKey of(
      SignedInUser reader,
      CourseView course,
      LessonView lesson,
      CourseProgress progress,
      DisplayChoice display) {
    return new LessonPageKey(
        course.id(),
        course.revision(),
        lesson.slug(),
        reader.roles(),
        progress.enrolled(),
        progress.completedLessonIds(),
        SignedInUser.discreetIn(Optional.of(reader), course.discreet()),
        display);
  }
}
