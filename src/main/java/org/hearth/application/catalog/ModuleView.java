package org.hearth.application.catalog;

import java.util.List;

/** A module and its lessons in reading order. */
public record ModuleView(
    String slug, String title, String summary, int number, List<LessonView> lessons) {

  public ModuleView {
    lessons = List.copyOf(lessons);
  }

  public int minutes() {
    return lessons.stream().mapToInt(LessonView::minutes).sum();
  }
}
