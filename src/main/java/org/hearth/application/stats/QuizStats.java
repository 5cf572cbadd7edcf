package org.hearth.application.stats;

import java.util.List;

/**
 * How learners fared on one quiz, in counts and shares only. Self-checks report submissions and
 * nothing about what was answered: those answers are the learner's own.
 *
 * @param passRate learners who passed as a percentage of learners who tried; 0 when none tried
 * @param questions item difficulty per question, graded quizzes only
 */
public record QuizStats(
    String slug,
    String title,
    boolean graded,
    long attempts,
    long learners,
    long learnersPassed,
    double passRate,
    List<QuestionStats> questions) {

  public QuizStats {
    questions = List.copyOf(questions);
  }

  /**
   * One question's item difficulty: the average share of its points earned, as a percentage.
   *
   * @param label the question's number and the start of its prompt, as plain text
   */
  public record QuestionStats(int number, String label, double percentCorrect, long answered) {}
}
