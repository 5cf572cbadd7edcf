package org.hearth.domain.worksheet;

/** The kinds of field a worksheet can ask a learner to fill in. */
public enum FieldType {
  /** One line of text. */
  TEXT,
  /** Several lines of text; the field says how many lines to leave on paper. */
  LONG_TEXT,
  /** A box to tick, with its label beside it. */
  CHECKBOX,
  /** A whole number from 0 to 10. */
  SCALE,
  /** A calendar date, stored as yyyy-mm-dd. */
  DATE
}
