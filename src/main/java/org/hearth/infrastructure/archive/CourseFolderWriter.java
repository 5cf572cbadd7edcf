package org.hearth.infrastructure.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a course read from an archive into a new folder under {@code courses/}, all or nothing:
 * the files go to a hidden sibling folder first, which is then renamed into place, so a half-done
 * write never becomes visible and a failure leaves nothing behind.
 */
public final class CourseFolderWriter {

  private CourseFolderWriter() {}

  /** Writes the files as {@code coursesDir/slug}; refuses when that folder already exists. */
  public static Path write(Path coursesDir, String slug, Map<String, byte[]> files) {
    Path target = coursesDir.resolve(slug).normalize();
    if (!target.getParent().equals(coursesDir.normalize())) {
      throw new ArchiveProblem(slug, "is not a course folder name");
    }
    if (Files.exists(target)) {
      throw new ArchiveProblem(slug, "already exists in the content folder; choose another name or remove it first");
    }
    Path staging = null;
    try {
      staging = Files.createTempDirectory(coursesDir, ".import-");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = staging.resolve(file.getKey()).normalize();
        if (!path.startsWith(staging)) {
          throw new ArchiveProblem(file.getKey(), "would be written outside the course folder");
        }
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
      staging = null;
      return target;
    } catch (FileAlreadyExistsException e) {
      throw new ArchiveProblem(slug, "already exists in the content folder");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a hidden staging folder left behind is skipped by the content scan
    }
  }
}
