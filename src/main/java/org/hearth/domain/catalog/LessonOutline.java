package org.hearth.domain.catalog;

import java.util.List;

/** A lesson as the content source describes it, already rendered and sanitised. */
public record LessonOutline(
    String slug,
    String title,
    int minutes,
    List<String> objectives,
    boolean preview,
    boolean required,
    String html) {

  public LessonOutline {
    objectives = List.copyOf(objectives);
  }
}
