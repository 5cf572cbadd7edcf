package org.hearth.domain.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a course's modules and lessons to a new outline by slug, so a lesson keeps its identity
 * (and learners' progress on it) when it is edited or moved; what the outline no longer names is
 * left out. One use, by {@link Course#revise}.
 */
final class OutlineMatch {

  private final Course course;
  private final Map<String, CourseModule> modulesBySlug = new HashMap<>();
  private final Map<String, Lesson> lessonsBySlug = new HashMap<>();
  private final List<CourseModule> modules = new ArrayList<>();
  private final List<Lesson> lessons = new ArrayList<>();

  OutlineMatch(Course course, List<CourseModule> current, List<Lesson> currentLessons) {
    this.course = course;
    current.forEach(m -> modulesBySlug.put(m.getSlug(), m));
    currentLessons.forEach(l -> lessonsBySlug.put(l.getSlug(), l));
  }

  /** Revises or creates every module and lesson of {@code outline}; whether anything changed. */
  boolean apply(List<ModuleOutline> outline) {
    boolean changed = false;
    int modulePosition = 0;
    for (ModuleOutline moduleOutline : outline) {
      CourseModule module = modulesBySlug.remove(moduleOutline.slug());
      if (module == null) {
        module = new CourseModule(course, moduleOutline.slug());
        changed = true;
      }
      changed |= module.revise(++modulePosition, moduleOutline);
      changed |= lessons(module, moduleOutline);
      modules.add(module);
    }
    return changed || !modulesBySlug.isEmpty() || !lessonsBySlug.isEmpty();
  }

  private boolean lessons(CourseModule module, ModuleOutline moduleOutline) {
    boolean changed = false;
    List<Lesson> moduleLessons = new ArrayList<>();
    int lessonPosition = 0;
    for (LessonOutline lessonOutline : moduleOutline.lessons()) {
      Lesson lesson = lessonsBySlug.remove(lessonOutline.slug());
      if (lesson == null) {
        lesson = new Lesson(course, lessonOutline.slug());
        changed = true;
      }
      changed |= lesson.revise(module, ++lessonPosition, lessonOutline);
      moduleLessons.add(lesson);
    }
    module.replaceLessons(moduleLessons);
    lessons.addAll(moduleLessons);
    return changed;
  }

  /** The modules, in the outline's order. */
  List<CourseModule> modules() {
    return modules;
  }

  /** Every lesson, in reading order. */
  List<Lesson> lessons() {
    return lessons;
  }
}
