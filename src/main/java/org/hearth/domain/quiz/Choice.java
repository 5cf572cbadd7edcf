package org.hearth.domain.quiz;

/**
 * An option of a choice question, an accepted answer of a short-answer or numerical question, or an
 * item of an ordering question.
 *
 * @param key stable within its question ("o1", "o2", … in source order); forms send it back
 * @param text the source text: compared with typed answers for short answers; for a numerical
 *     question, the accepted numbers as a {@link NumberRange} text such as {@code 3.14:0.01}
 * @param html the text rendered and sanitised, as learners see it
 * @param credit the fraction of the question's points this option earns when chosen, from -1 to 1
 * @param feedbackHtml shown after submission when this option was chosen; may be empty
 */
public record Choice(String key, String text, String html, double credit, String feedbackHtml) {

  public Choice {
    if (credit < -1 || credit > 1) {
      throw new IllegalArgumentException("credit must be between -1 and 1, not " + credit);
    }
    feedbackHtml = feedbackHtml == null ? "" : feedbackHtml;
  }

  public boolean correct() {
    return credit > 0;
  }
}
