package org.hearth.application.catalog;

import java.util.List;

/** A lesson as pages show it; immutable, so one instance serves every request. */
public record LessonView(
    long id,
    String slug,
    String title,
    int minutes,
    List<String> objectives,
    boolean preview,
    boolean required,
    String html,
    String moduleTitle,
    int number) {

  public LessonView {
    objectives = List.copyOf(objectives);
  }
}
