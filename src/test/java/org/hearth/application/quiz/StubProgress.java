package org.hearth.application.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;

/**
 * Progress in memory: who is enrolled and what each has completed, with the real service's refusal
 * to complete an item for someone not enrolled or not there yet.
 */
final class StubProgress extends ProgressService {

  final Set<Long> enrolled = new HashSet<>();
  final Map<Long, Set<Long>> done = new HashMap<>();

  /** Every call to complete, as "learner id: item id". */
  final List<String> completions = new ArrayList<>();

  @Override
  public CourseProgress of(Optional<SignedInUser> learner, CourseView course) {
    if (learner.isEmpty() || !enrolled.contains(learner.get().id())) {
      return CourseProgress.none(course);
    }
    Set<Long> theirs = done.getOrDefault(learner.get().id(), Set.of());
    return new CourseProgress(course, true, theirs, Optional.empty(), Optional.empty());
  }

  @Override
  public CourseProgress complete(SignedInUser learner, CourseView course, LessonView lesson) {
    CourseProgress before = of(Optional.of(learner), course);
    if (!before.enrolled() || !before.isUnlocked(lesson)) {
      throw new IllegalStateException("item " + lesson.id() + " may not be completed yet");
    }
    completions.add(learner.id() + ": " + lesson.id());
    done.computeIfAbsent(learner.id(), id -> new HashSet<>()).add(lesson.id());
    return of(Optional.of(learner), course);
  }
}
