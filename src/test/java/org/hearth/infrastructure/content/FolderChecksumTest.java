package org.hearth.infrastructure.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two checksums of a course folder: the files' one, which every course's draft has stored since
 * the first import and must not change meaning (or every course would be re-imported, and every
 * browser-edited one reported in conflict, after an upgrade), and the reading one, which also sees
 * folders that hold no file.
 */
class FolderChecksumTest {

  @TempDir Path root;

  private Path course;

  @BeforeEach
  void writeCourse() throws IOException {
    course = root.resolve("courses/demo");
    Files.createDirectories(course.resolve("01-m"));
    Files.writeString(course.resolve("course.yaml"), "title: Démo\n", UTF_8);
    Files.writeString(course.resolve("01-m/01-l.md"), "# Émotions et sécurité\n", UTF_8);
  }

  @Test
  void theFilesChecksumIsTheOneDraftsHaveStoredAllAlong() {
    // SHA-256 of "path\0bytes\0" for each file in path order, computed outside Java.
    assertEquals(
        "b766d853b6e921b9a84660153d490042619e56d23ca0e6dd9d3a23c4580978ba",
        new FolderChecksum(root).sums(course).files());
  }

  @Test
  void anEmptyFolderChangesTheReadingChecksumOnly() throws IOException {
    FolderChecksum.Sums before = new FolderChecksum(root).sums(course);
    Files.createDirectories(course.resolve("02-später"));
    FolderChecksum.Sums after = new FolderChecksum(root).sums(course);

    assertEquals(before.files(), after.files());
    assertNotEquals(before.reading(), after.reading());
  }

  @Test
  void oneChangedByteChangesBoth() throws IOException {
    FolderChecksum.Sums before = new FolderChecksum(root).sums(course);
    Files.writeString(course.resolve("01-m/01-l.md"), "# Émotions et securité\n", UTF_8);
    FolderChecksum.Sums after = new FolderChecksum(root).sums(course);

    assertNotEquals(before.files(), after.files());
    assertNotEquals(before.reading(), after.reading());
  }
}
