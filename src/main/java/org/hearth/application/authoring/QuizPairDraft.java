package org.hearth.application.authoring;

/**
 * One row of a matching question as its author writes it: a Markdown prompt and the plain-text
 * answer that belongs to it. Mutable, for the editor's form.
 */
public final class QuizPairDraft {

  private String prompt = "";
  private String match = "";

  public QuizPairDraft() {}

  public QuizPairDraft(String prompt, String match) {
    setPrompt(prompt);
    setMatch(match);
  }

  /** The left side, in Markdown. */
  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = QuizEditing.text(prompt);
  }

  /** The right side, plain text; learners pick it from all the question's matches. */
  public String getMatch() {
    return match;
  }

  public void setMatch(String match) {
    this.match = QuizEditing.text(match);
  }
}
