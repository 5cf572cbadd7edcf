package org.hearth.domain.enrolment;

/** How learners join a course, from course.yaml's {@code enrolment}. */
public enum EnrolmentMode {
  /** Anyone signed in may enrol. */
  OPEN,
  /** Learners enrol with a key the instructor gives them. */
  KEY,
  /** Nobody new may enrol; existing learners keep their place. */
  CLOSED
}
