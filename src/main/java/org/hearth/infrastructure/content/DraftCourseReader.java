package org.hearth.infrastructure.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.CourseFilesReader;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * Reads a course held as files in memory (a draft, or an uploaded archive) with exactly the reader
 * that reads content/: the files are laid out in a private temporary folder, read, and the folder
 * is removed. One format, one set of rules and one set of messages, wherever the files come from.
 */
public final class DraftCourseReader implements CourseFilesReader {

  private final MarkdownRenderer markdown;
  private final boolean strict;

  public DraftCourseReader(MarkdownRenderer markdown) {
    this(markdown, false);
  }

  /** A reader that refuses notes as problems when {@code strict} (HEARTH_CONTENT_STRICT). */
  public DraftCourseReader(MarkdownRenderer markdown, boolean strict) {
    this.markdown = markdown;
    this.strict = strict;
  }

  @Override
  public Reading read(String slug, Map<String, byte[]> files) {
    Path root = null;
    try {
      root = Files.createTempDirectory("hearth-draft-");
      Path dir = root.resolve("courses").resolve(slug);
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey()).normalize();
        if (!path.startsWith(dir) || path.equals(dir)) {
          throw new IllegalArgumentException(
              file.getKey() + " is not a path inside the course folder");
        }
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      FileSystemContentSource source = new FileSystemContentSource(root, markdown, strict);
      ContentScan scan = source.scan();
      Optional<CourseFolder> folder =
          scan.folders().stream().filter(f -> f.slug().equals(slug)).findFirst();
      if (folder.isEmpty()) {
        List<ContentProblem> problems =
            scan.problems().isEmpty()
                ? List.of(
                    new ContentProblem(
                        "courses/" + slug, 0, "could not be read as a course folder"))
                : scan.problems();
        return new Reading(new CourseReading(Optional.empty(), problems, List.of()), "");
      }
      return new Reading(source.read(folder.get()), folder.get().checksum());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (root != null) {
        deleteQuietly(root);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary folder left behind holds only a copy of course files, never learner data
    }
  }
}
