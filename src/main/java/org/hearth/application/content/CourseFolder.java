package org.hearth.application.content;

/**
 * A course folder found in the content source, before it is read: its slug, its path relative to
 * the content folder, and the checksum of all its files.
 */
public record CourseFolder(String slug, String path, String checksum) {}
