package org.hearth.domain.quiz;

/** The kinds of question a quiz can hold. */
public enum QuestionType {
  /** One option is chosen; its credit is the score. */
  SINGLE_CHOICE,
  /** Any options are chosen; scored all-or-nothing or with partial credit. */
  MULTIPLE_CHOICE,
  /** Two options, keyed {@code true} and {@code false}. */
  TRUE_FALSE,
  /** Typed text, compared with accepted answers (the question's choices). */
  SHORT_ANSWER,
  /** Each prompt is matched with one of the answers. */
  MATCHING,
  /** The choices are put in order; the choices list holds the correct order. */
  ORDERING,
  /**
   * A typed number, compared with accepted values or ranges (the question's choices, whose text is
   * a {@link NumberRange}).
   */
  NUMERICAL
}
