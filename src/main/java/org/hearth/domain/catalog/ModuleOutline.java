package org.hearth.domain.catalog;

import java.util.List;

/** A module as the content source describes it: its place, title and lessons in order. */
public record ModuleOutline(
    String slug, String title, String summary, List<LessonOutline> lessons) {

  public ModuleOutline {
    lessons = List.copyOf(lessons);
  }
}
