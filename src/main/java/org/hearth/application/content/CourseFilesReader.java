package org.hearth.application.content;

import java.util.Map;

/**
 * Reads a course held as files in memory (a draft, or an uploaded archive) exactly as content/ is
 * read: a port, implemented in infrastructure by the same reader, so one format, one set of rules
 * and one set of messages hold wherever the files come from.
 */
public interface CourseFilesReader {

  /** What reading found: the course or its problems, and the checksum content/ would give it. */
  record Reading(CourseReading reading, String checksum) {}

  /** Reads {@code files} (paths inside the course folder) as the course folder {@code slug}. */
  Reading read(String slug, Map<String, byte[]> files);
}
