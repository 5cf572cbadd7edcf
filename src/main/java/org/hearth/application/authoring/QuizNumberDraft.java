package org.hearth.application.authoring;

/**
 * One accepted answer of a numerical question as its author writes it: a {@code value} (with an
 * optional {@code tolerance}) or a range from {@code min} to {@code max}, its credit in percent
 * (empty for full credit) and Markdown feedback. Numbers are kept as the texts written, so saving
 * never turns {@code 3.10} into {@code 3.1}. Mutable, for the editor's form.
 */
public final class QuizNumberDraft {

  private String value = "";
  private String tolerance = "";
  private String min = "";
  private String max = "";
  private String credit = "";
  private String feedback = "";

  /** The number accepted, or the middle of the accepted numbers with a tolerance. */
  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = QuizEditing.text(value).strip();
  }

  /** How far either side of the value is still accepted; empty for exactly the value. */
  public String getTolerance() {
    return tolerance;
  }

  public void setTolerance(String tolerance) {
    this.tolerance = QuizEditing.text(tolerance).strip();
  }

  /** The smallest number of a range; used with {@link #getMax()} instead of a value. */
  public String getMin() {
    return min;
  }

  public void setMin(String min) {
    this.min = QuizEditing.text(min).strip();
  }

  public String getMax() {
    return max;
  }

  public void setMax(String max) {
    this.max = QuizEditing.text(max).strip();
  }

  /** The percentage of the points this answer earns, from 1 to 100; empty for 100. */
  public String getCredit() {
    return credit;
  }

  public void setCredit(String credit) {
    this.credit = QuizEditing.text(credit).strip();
  }

  /** Markdown shown when this answer was given; empty for none. */
  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = QuizEditing.text(feedback);
  }
}
