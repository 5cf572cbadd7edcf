package org.hearth.application.catalog;

import java.util.List;

/** What the catalog shows of a course. */
public record CourseCard(
    String slug,
    String title,
    String summary,
    List<String> authors,
    int estimatedMinutes,
    List<String> tags,
    int lessons) {

  public CourseCard {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  /** "KayLee Dunn" or "A, B and C". */
  public String byline() {
    return Bylines.of(authors);
  }

  static CourseCard of(CourseView course) {
    return new CourseCard(
        course.slug(),
        course.title(),
        course.summary(),
        course.authors(),
        course.estimatedMinutes(),
        course.tags(),
        course.lessonCount());
  }
}
