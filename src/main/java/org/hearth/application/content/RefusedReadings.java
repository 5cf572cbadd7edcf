package org.hearth.application.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last refused reading of each course folder, by the folder's reading checksum (of its files
 * and folders), so an import that finds a refused folder's files unchanged reports the same
 * problems and notes again without parsing it. A reading depends only on the folder's files and
 * folders (and on the source's own settings, so the memory belongs to one source and is forgotten
 * when another is imported), which the checksum covers: any change to a lesson, an image, an
 * include or a folder reads it again.
 *
 * <p>Not thread-safe: {@link ContentImportService} runs one import at a time.
 */
final class RefusedReadings {

  private record Refusal(String checksum, CourseImportResult result) {}

  private final Map<String, Refusal> bySlug = new HashMap<>();
  private ContentSource source;

  /**
   * The remembered refusal of {@code folder}, if its checksum is the one that was refused, from
   * {@code from}; otherwise empty, and reading it is the only way to know.
   */
  Optional<CourseImportResult> unchanged(ContentSource from, CourseFolder folder) {
    if (from != source) {
      return Optional.empty();
    }
    Refusal refusal = bySlug.get(folder.slug());
    if (refusal == null || !refusal.checksum().equals(folder.readingChecksum())) {
      return Optional.empty();
    }
    return Optional.of(refusal.result());
  }

  /** Remembers the outcome of reading {@code folder}: kept if refused, else forgotten. */
  void remember(ContentSource from, CourseFolder folder, CourseImportResult result) {
    if (from != source) {
      bySlug.clear();
      source = from;
    }
    if (result.status() == CourseImportStatus.REJECTED) {
      bySlug.put(folder.slug(), new Refusal(folder.readingChecksum(), result));
    } else {
      bySlug.remove(folder.slug());
    }
  }

  /** Forgets the folders a full scan of {@code from} no longer found. */
  void keepOnly(ContentSource from, Set<String> slugs) {
    if (from == source) {
      bySlug.keySet().retainAll(slugs);
    }
  }
}
