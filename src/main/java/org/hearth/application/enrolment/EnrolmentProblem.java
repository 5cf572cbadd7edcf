package org.hearth.application.enrolment;

/** An enrolment that cannot happen as asked, with a message for the learner. */
public class EnrolmentProblem extends RuntimeException {

  public EnrolmentProblem(String message) {
    super(message, null, false, false);
  }
}
