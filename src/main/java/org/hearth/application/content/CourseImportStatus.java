package org.hearth.application.content;

/** What one import did with one course folder. */
public enum CourseImportStatus {
  /** The folder was new or changed, and learners now see it. */
  IMPORTED,
  /** The folder's checksum matched the last import, so nothing was written. */
  UNCHANGED,
  /** A file was malformed; nothing was written and the previous version stays. */
  REJECTED,
  /** The database refused the write; nothing was written and the previous version stays. */
  FAILED
}
