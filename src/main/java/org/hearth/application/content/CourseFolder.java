package org.hearth.application.content;

/**
 * A course folder found in the content source, before it is read: its slug, its path relative to
 * the content folder, the checksum of all its files (what its draft remembers, so an unchanged
 * folder writes nothing), and the checksum of all its files and folders (what a reading depends on,
 * so an unchanged refused folder is not read again).
 */
public record CourseFolder(String slug, String path, String checksum, String readingChecksum) {

  /** A folder whose reading depends on its files alone. */
  public CourseFolder(String slug, String path, String checksum) {
    this(slug, path, checksum, checksum);
  }
}
