package org.hearth.application.account;

import java.util.List;

/**
 * Several fields of one form that cannot be used as given, each with its own message, so the form
 * can say everything that needs putting right at once rather than one thing per try. Its own
 * message and field are the first problem's.
 */
public class InvalidFields extends AccountProblem {

  private final transient List<AccountProblem> problems;

  InvalidFields(List<AccountProblem> problems) {
    super(problems.get(0).field(), problems.get(0).getMessage());
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the form's order. */
  public List<AccountProblem> problems() {
    return problems;
  }
}
