package org.hearth.application.notes;

/** A note that cannot be kept as asked, with a message that says why. */
public class NoteProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoteProblem(String message) {
    super(message);
  }
}
