package org.hearth.application.account;

/**
 * A request about an account that cannot be done as asked, with the form field at fault (or null)
 * and a message written for the person, with a next step.
 */
public class AccountProblem extends RuntimeException {

  private final String field;

  public AccountProblem(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
