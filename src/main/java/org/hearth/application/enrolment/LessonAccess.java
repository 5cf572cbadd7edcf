package org.hearth.application.enrolment;

/** Whether someone may read a lesson, and if not, what would let them. */
public enum LessonAccess {
  /** They may read it. */
  OPEN,
  /** Only signed-in, enrolled learners may; they are not signed in. */
  SIGN_IN,
  /** They are signed in but not enrolled in the course. */
  ENROL,
  /** The course is sequential and an earlier required lesson is not done yet. */
  LOCKED
}
