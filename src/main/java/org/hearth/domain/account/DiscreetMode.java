package org.hearth.domain.account;

/**
 * A learner's choice about discreet mode, in which tab titles, history entries, download names and
 * PDF details name no course or lesson: follow each course's own default, or always, or never.
 */
public enum DiscreetMode {
  /** Discreet in the courses that ask for it ({@code discreet: true} in course.yaml). */
  COURSE,
  /** Discreet in every course. */
  ON,
  /** Never discreet, even in courses that default to it. */
  OFF;

  /** Whether pages and downloads of a course are discreet for a learner who chose this. */
  public boolean appliesTo(boolean courseDiscreet) {
    return switch (this) {
      case COURSE -> courseDiscreet;
      case ON -> true;
      case OFF -> false;
    };
  }
}
