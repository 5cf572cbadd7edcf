package org.hearth.application.worksheet;

/** A worksheet action that cannot happen as asked, with a message that names what is wrong. */
public class WorksheetProblem extends RuntimeException {

  public WorksheetProblem(String message) {
    super(message, null, false, false);
  }
}
