package org.hearth.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.shared.Retry;
import org.hearth.domain.progress.LessonCompletion;
import org.hearth.infrastructure.persistence.ProgressRepository;

/**
 * Records and reads learners' progress. A completion is committed before the page says it is done,
 * is idempotent (a unique constraint backs it), and survives restarts.
 */
@ApplicationScoped
public class ProgressService {

  private static final Logger LOG = Logger.getLogger(ProgressService.class.getName());

  @Inject ProgressRepository progress;
  @Inject ProgressWrites writes;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CourseProgress of(Optional<SignedInUser> learner, CourseView course) {
    if (learner.isEmpty()) {
      return CourseProgress.none(course);
    }
    ProgressRepository.Snapshot snapshot = progress.snapshot(learner.get().id(), course.id());
    return new CourseProgress(
        course,
        snapshot.active(),
        snapshot.completedLessonIds(),
        Optional.ofNullable(snapshot.lastLessonSlug()),
        Optional.ofNullable(snapshot.completedAt()));
  }

  /**
   * Marks a lesson complete for an enrolled learner. Repeats (double clicks, two tabs, retries) are
   * harmless: they find the record already there. Returns the progress after the write.
   */
  public CourseProgress complete(SignedInUser learner, CourseView course, LessonView lesson) {
    CourseProgress before = of(Optional.of(learner), course);
    if (!before.enrolled()) {
      throw new IllegalStateException("only enrolled learners record progress");
    }
    if (!before.isUnlocked(lesson)) {
      throw new IllegalStateException(
          "lesson " + lesson.id() + " is not open yet in this sequential course");
    }
    if (!before.isDone(lesson)) {
      try {
        writes.insertCompletion(
            new LessonCompletion(learner.id(), course.id(), lesson.id(), clock.instant()));
        LOG.fine(() -> "Account " + learner.id() + " completed lesson " + lesson.id());
      } catch (RuntimeException e) {
        if (!writes.isCompleted(learner.id(), lesson.id())) {
          throw e; // not the unique constraint: a real failure the learner must hear about
        }
      }
    }
    CourseProgress after = of(Optional.of(learner), course);
    if (after.isCourseComplete() && after.completedAt().isEmpty()) {
      Retry.write(() -> writes.markCourseCompleted(learner.id(), course.id(), clock.instant()));
      after = of(Optional.of(learner), course);
    }
    return after;
  }

  /** Remembers the last lesson an enrolled learner opened; writes only when it changes. */
  public void viewed(SignedInUser learner, CourseProgress current, LessonView lesson) {
    if (!current.enrolled() || current.lastLessonSlug().filter(lesson.slug()::equals).isPresent()) {
      return;
    }
    Retry.write(() -> writes.recordViewed(learner.id(), current.course().id(), lesson.slug()));
  }
}
