package org.hearth.application.authoring;

/**
 * One text in a list: an item of an ordering question (Markdown) or an accepted answer of a short
 * question (plain text). A class rather than a bare string so a form can bind to each entry.
 */
public final class QuizTextDraft {

  private String text = "";

  public QuizTextDraft() {}

  public QuizTextDraft(String text) {
    setText(text);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = QuizEditing.text(text);
  }
}
