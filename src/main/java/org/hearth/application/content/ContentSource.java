package org.hearth.application.content;

/**
 * Where course files come from: the content folder on disk today, an uploaded archive or the
 * browser editor later. Scanning is cheap (names and checksums); reading parses and renders.
 */
public interface ContentSource {

  ContentScan scan();

  CourseReading read(CourseFolder folder);
}
