package org.hearth.application.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;

/**
 * One learner's progress through one course. Only required lessons count: optional lessons never
 * block completion or unlocking.
 */
public record CourseProgress(
    CourseView course,
    boolean enrolled,
    Set<Long> completedLessonIds,
    Optional<String> lastLessonSlug,
    Optional<Instant> completedAt) {

  public CourseProgress {
    completedLessonIds = Set.copyOf(completedLessonIds);
  }

  /** Someone not enrolled (or not signed in): nothing done, nothing remembered. */
  public static CourseProgress none(CourseView course) {
    return new CourseProgress(course, false, Set.of(), Optional.empty(), Optional.empty());
  }

  public boolean isDone(LessonView lesson) {
    return completedLessonIds.contains(lesson.id());
  }

  public int requiredTotal() {
    return (int) course.lessons().stream().filter(LessonView::required).count();
  }

  public int requiredDone() {
    return (int) course.lessons().stream().filter(l -> l.required() && isDone(l)).count();
  }

  public int requiredTotal(ModuleView module) {
    return (int) module.lessons().stream().filter(LessonView::required).count();
  }

  public int requiredDone(ModuleView module) {
    return (int) module.lessons().stream().filter(l -> l.required() && isDone(l)).count();
  }

  /** Whole percent of required lessons done; 100 for a course with none required. */
  public int percent() {
    int total = requiredTotal();
    return total == 0 ? 100 : requiredDone() * 100 / total;
  }

  public boolean isCourseComplete() {
    return requiredDone() == requiredTotal();
  }

  /**
   * In a sequential course a required lesson opens once every required lesson before it is done;
   * optional lessons and lessons of other courses are always open.
   */
  public boolean isUnlocked(LessonView lesson) {
    if (!course.sequential() || !lesson.required()) {
      return true;
    }
    for (LessonView before : course.lessons()) {
      if (before.equals(lesson)) {
        return true;
      }
      if (before.required() && !isDone(before)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lesson a "Continue" button opens: the first required lesson not done, else the last viewed,
   * else the first.
   */
  public Optional<LessonView> continueWith() {
    List<LessonView> lessons = course.lessons();
    Optional<LessonView> unfinished =
        lessons.stream().filter(l -> l.required() && !isDone(l)).findFirst();
    if (unfinished.isPresent()) {
      return unfinished;
    }
    return lastLessonSlug.flatMap(course::lesson).or(() -> lessons.stream().findFirst());
  }
}
