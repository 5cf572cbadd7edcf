package org.hearth.domain.quiz;

import java.util.List;

/**
 * A graded submission.
 *
 * @param score points earned
 * @param maxScore points possible
 * @param percent score as a percentage of maxScore, rounded to two decimals
 * @param passed whether a graded quiz's pass mark was reached; always false for a self-check
 * @param results per question, in source order
 */
public record QuizGrade(
    double score, double maxScore, double percent, boolean passed, List<QuestionResult> results) {

  public QuizGrade {
    results = List.copyOf(results);
  }
}
