package org.hearth.application.stats;

import java.util.List;

/**
 * Counts an instructor may see for a course: how many learners are enrolled, have finished, and
 * have completed each lesson. Never who.
 */
public record CourseStats(
    String slug,
    String title,
    long enrolled,
    long finished,
    List<LessonStats> lessons,
    List<QuizStats> quizzes,
    List<WorksheetStats> worksheets) {

  public CourseStats {
    lessons = List.copyOf(lessons);
    quizzes = List.copyOf(quizzes);
    worksheets = List.copyOf(worksheets);
  }

  /** How many learners wrote in a worksheet, and how many marked it done: never what they wrote. */
  public record WorksheetStats(
      String slug, String title, long learnersWithAnswers, long markedDone) {}

  public record LessonStats(String module, String title, boolean required, long completions) {}
}
