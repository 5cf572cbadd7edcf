package org.hearth.domain.quiz;

import java.util.List;

/**
 * How one answer was graded.
 *
 * @param key the question's key
 * @param credit the fraction of the points earned, 0–1
 * @param earned points earned
 * @param possible the question's points
 * @param feedbackHtml feedback for what was answered, in order
 * @param explanationHtml the question's explanation
 */
public record QuestionResult(
    String key,
    double credit,
    double earned,
    double possible,
    List<String> feedbackHtml,
    String explanationHtml) {

  public QuestionResult {
    feedbackHtml = List.copyOf(feedbackHtml);
  }

  public boolean correct() {
    return credit >= 0.999_999;
  }

  public boolean partlyCorrect() {
    return credit > 0 && !correct();
  }
}
