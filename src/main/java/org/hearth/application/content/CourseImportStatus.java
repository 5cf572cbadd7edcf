package org.hearth.application.content;

/** What one import did with one course folder. */
public enum CourseImportStatus {
  /** The folder was new or changed, and learners now see it. */
  IMPORTED,
  /** The folder's checksum matched the last import, so nothing was written. */
  UNCHANGED,
  /** A file was malformed; nothing was written and the previous version stays. */
  REJECTED,
  /**
   * The course was edited in the browser since its last sync, so the folder's changes were not
   * taken; an instructor chooses which version to keep.
   */
  CONFLICT,
  /** The database refused the write; nothing was written and the previous version stays. */
  FAILED
}
