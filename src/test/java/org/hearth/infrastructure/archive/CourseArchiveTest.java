package org.hearth.infrastructure.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hearth.application.authoring.ArchiveProblem;
import org.hearth.application.authoring.CourseArchiveFormat;
import org.hearth.application.content.CourseReading;
import org.hearth.infrastructure.content.DraftCourseReader;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Course archives: the content/ folder format out and back in, byte for byte, and every unsafe
 * archive refused whole with the entry and the reason, leaving the content folder untouched.
 */
class CourseArchiveTest {

  private static final Path EMPATHY = Path.of("content/courses/empathy-and-safety");
  private static final ArchiveLimits SMALL = new ArchiveLimits(1_000_000, 50, 5_000_000);

  @TempDir Path content;

  private static byte[] export(Path folder, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CourseArchiveWriter.write(folder, name, out);
    return out.toByteArray();
  }

  @Test
  void theEmpathyCourseRoundTripsByteForByte() throws IOException {
    byte[] first = export(EMPATHY, "empathy-and-safety");

    CourseArchiveFormat.CourseFiles read =
        new CourseArchiveReader(ArchiveLimits.COURSE).read(first);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    CourseArchiveWriter.write("empathy-and-safety", read.files(), again);
    byte[] second = again.toByteArray();

    assertEquals("empathy-and-safety", read.folder());
    try (Stream<Path> files = Files.walk(EMPATHY)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = EMPATHY.relativize(file).toString().replace('\\', '/');
        assertArrayEquals(
            Files.readAllBytes(file),
            read.files().get(relative),
            relative + " comes back byte for byte");
      }
    }
    assertArrayEquals(first, second, "export → import → export gives the same archive");
    CourseReading reading =
        new DraftCourseReader(new MarkdownRenderer()).read("empathy-copy", read.files()).reading();
    assertTrue(
        reading.problems().isEmpty(),
        () -> "the imported copy reads as a course: " + reading.problems());
    assertEquals(12, reading.course().orElseThrow().lessonCount());
  }

  /** One unsafe archive: how it is built, and what the refusal must name. */
  record Unsafe(String what, byte[] archive, String entry, String reason) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Unsafe> unsafeArchives() throws IOException {
    return Stream.of(
        new Unsafe(
            "zip slip with ../",
            zip(Map.of("course/course.yaml", "title: x\n", "../evil.md", "x")),
            "../evil.md",
            "\"..\" segment"),
        new Unsafe(
            "zip slip inside the folder",
            zip(Map.of("course/../../evil.md", "x")),
            "course/../../evil.md",
            "\"..\" segment"),
        new Unsafe(
            "absolute path",
            zip(Map.of("/etc/cron.d/evil", "x")),
            "/etc/cron.d/evil",
            "absolute path"),
        new Unsafe(
            "drive letter",
            zip(Map.of("C:/Windows/evil.md", "x")),
            "C:/Windows/evil.md",
            "drive letter"),
        new Unsafe(
            "backslashes",
            zip(Map.of("course\\..\\evil.md", "x")),
            "course\\..\\evil.md",
            "backslash"),
        new Unsafe(
            "control character",
            zip(Map.of("course/a\u0001b.md", "x")),
            "course/a\u0001b.md",
            "control character"),
        new Unsafe("symbolic link", symbolicLink(), "course/link.md", "symbolic link"),
        new Unsafe("zip bomb, declared", bomb(2_000_000), "course/zeros.md", "uncompressed"),
        new Unsafe(
            "zip bomb, declaring less than it holds",
            lyingBomb(),
            "course/zeros.md",
            "uncompressed"),
        new Unsafe("too many files", manyFiles(51), null, "at most 50 files"),
        new Unsafe(
            "two course folders",
            zip(ordered("one/course.yaml", "x", "two/course.yaml", "x")),
            "two/course.yaml",
            "exactly one course folder"),
        new Unsafe(
            "not a zip at all",
            "title: just text".getBytes(StandardCharsets.UTF_8),
            null,
            "not a zip archive"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsafeArchives")
  void anUnsafeArchiveIsRefusedWholeWithItsEntryAndReason(Unsafe unsafe) throws IOException {
    Path courses = Files.createDirectories(content.resolve("courses"));

    ArchiveProblem problem =
        assertThrows(
            ArchiveProblem.class,
            () -> {
              new CourseArchiveReader(SMALL).read(unsafe.archive());
            });

    if (unsafe.entry() != null) {
      assertEquals(unsafe.entry(), problem.entry(), problem.getMessage());
    }
    assertTrue(problem.getMessage().contains(unsafe.reason()), problem.getMessage());
    try (Stream<Path> written = Files.walk(content)) {
      assertEquals(
          List.of(content, courses), written.toList(), "a refused archive writes nothing anywhere");
    }
    assertTrue(Files.notExists(content.getParent().resolve("evil.md")));
  }

  // --- archives built for the tests ----------------------------------------------------------

  private static Map<String, String> ordered(String... namesAndTexts) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      entries.put(namesAndTexts[i], namesAndTexts[i + 1]);
    }
    return entries;
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : new LinkedHashMap<>(entries).entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A zip whose entry the central directory marks as a Unix symbolic link, as `zip -y` writes. */
  private static byte[] symbolicLink() throws IOException {
    byte[] archive = zip(Map.of("course/link.md", "/etc/passwd"));
    ByteBuffer bytes = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    int header = centralHeader(bytes);
    bytes.put(header + 5, (byte) 3); // made by: Unix
    bytes.putInt(header + 38, 0120777 << 16); // external attributes: a symbolic link
    return archive;
  }

  /** Zeros that compress to almost nothing, declared honestly in the central directory. */
  private static byte[] bomb(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("course/zeros.md"));
      byte[] chunk = new byte[64 * 1024];
      for (int written = 0; written < size; written += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The same bomb, with the central directory claiming the entry holds one byte. */
  private static byte[] lyingBomb() throws IOException {
    byte[] archive = bomb(2_000_000);
    ByteBuffer bytes = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putInt(centralHeader(bytes) + 24, 1);
    return archive;
  }

  private static byte[] manyFiles(int count) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      entries.put("course/" + i + ".md", "x");
    }
    return zip(entries);
  }

  private static int centralHeader(ByteBuffer bytes) {
    for (int position = bytes.limit() - 4; position >= 0; position--) {
      if (bytes.getInt(position) == 0x02014b50) {
        return position;
      }
    }
    throw new AssertionError("no central directory header");
  }
}
