package org.hearth.application.quiz;

/** A quiz action that cannot happen as asked, with a message for the learner. */
public class QuizProblem extends RuntimeException {

  public QuizProblem(String message) {
    super(message, null, false, false);
  }
}
