package org.hearth.domain.quiz;

/** How a multiple-choice question turns a selection into credit. */
public enum Scoring {
  /** Full credit only when exactly the correct options are chosen. */
  ALL_OR_NOTHING,
  /** The sum of the chosen options' credits, between 0 and 1. */
  PARTIAL
}
