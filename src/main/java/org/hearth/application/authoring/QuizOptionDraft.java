package org.hearth.application.authoring;

/**
 * One option of a single- or multiple-choice question as its author writes it: Markdown text,
 * whether it is right, and the feedback shown when it was chosen. Mutable, for the editor's form.
 */
public final class QuizOptionDraft {

  private String text = "";
  private boolean correct;
  private String feedback = "";

  public QuizOptionDraft() {}

  public QuizOptionDraft(String text, boolean correct, String feedback) {
    setText(text);
    setCorrect(correct);
    setFeedback(feedback);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = QuizEditing.text(text);
  }

  public boolean isCorrect() {
    return correct;
  }

  public void setCorrect(boolean correct) {
    this.correct = correct;
  }

  /** Markdown shown when this option was chosen; empty for none. */
  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = QuizEditing.text(feedback);
  }
}
