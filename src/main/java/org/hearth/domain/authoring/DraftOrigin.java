package org.hearth.domain.authoring;

/**
 * Where a course's draft first came from; only {@link #FOLDER} courses are synced from content/.
 */
public enum DraftOrigin {
  FOLDER,
  BROWSER,
  ARCHIVE
}
