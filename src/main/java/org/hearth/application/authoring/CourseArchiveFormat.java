package org.hearth.application.authoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A course as one zip file: read safely (no paths out of the folder, bounded sizes) and written
 * deterministically (same files, same bytes). A port, implemented in infrastructure's archive
 * package, for exports, uploads and the published versions kept in the database.
 */
public interface CourseArchiveFormat {

  /** A course folder read from an archive: its folder name and its files by path inside it. */
  record CourseFiles(String folder, Map<String, byte[]> files) {
    public CourseFiles {
      files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
  }

  /**
   * The one course folder inside {@code archive}.
   *
   * @throws ArchiveProblem naming the entry at fault and why, when the archive is refused
   */
  CourseFiles read(byte[] archive);

  /** The zip of {@code files} (paths inside the folder) under the folder {@code folder}. */
  byte[] write(String folder, Map<String, byte[]> files);
}
