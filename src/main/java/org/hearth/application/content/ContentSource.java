package org.hearth.application.content;

/**
 * Where course files come from: the content folder on disk today, an uploaded archive or the
 * browser editor later. Scanning is cheap (names and checksums); reading parses and renders.
 */
public interface ContentSource {

  ContentScan scan();

  CourseReading read(CourseFolder folder);

  /**
   * Every file of the folder by its path inside it, in path order: what a sync copies into the
   * draft.
   */
  java.util.Map<String, byte[]> files(CourseFolder folder);
}
