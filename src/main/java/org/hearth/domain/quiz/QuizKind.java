package org.hearth.domain.quiz;

/** Whether a quiz is scored against a pass mark, or only shows feedback. */
public enum QuizKind {
  /** A knowledge check: scored, with a pass mark; passing a required one completes it. */
  GRADED,
  /** A reflection: shows feedback, never scores, blocks or fails; done once submitted. */
  SELF_CHECK
}
