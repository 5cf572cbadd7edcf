package org.hearth.infrastructure.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseReading;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * strict: true in course.yaml, or HEARTH_CONTENT_STRICT on the server, makes every note a refusal,
 * as MkDocs --strict does: the lesson brought from Jekyll that imports with notes is refused, each
 * note now a problem at its path and line saying what made it one.
 */
class StrictReadingTest {

  private static final String LESSON = "courses/carpentry/01-setup/01-download-data.md";
  private static final String JEKYLL_LESSON =
      """
      ---
      title: Downloading the data
      layout: episode
      teaching: 10
      ---
      Download the survey data into a folder called `data`.

      <iframe src="https://video.example.org/embed/42"></iframe>
      """;

  @TempDir Path root;

  @Test
  void withoutStrictTheDifferencesAreNotesAndTheCourseImports() throws IOException {
    write("title: Data Carpentry\n");

    CourseReading reading = read(false);

    assertEquals(List.of(), reading.problems());
    assertEquals(
        3, reading.notes().size(), () -> "layout, teaching, the iframe: " + reading.notes());
    assertTrue(reading.course().isPresent());
  }

  @Test
  void aStrictCourseRefusesEachNoteAtItsLine() throws IOException {
    write("title: Data Carpentry\nstrict: true\n");

    CourseReading reading = read(false);

    assertTrue(reading.course().isEmpty(), "a strict course with notes is refused");
    assertEquals(List.of(), reading.notes());
    List<ContentProblem> problems = reading.problems();
    assertEquals(3, problems.size(), problems::toString);
    ContentProblem iframe = problems.get(2);
    assertEquals(6, iframe.line(), iframe::toString);
    assertTrue(iframe.message().startsWith("holds raw HTML"), iframe::toString);
    ContentProblem layout = problems.get(0);
    assertEquals(LESSON, layout.path());
    assertEquals(3, layout.line());
    assertTrue(
        layout.message().startsWith("\"layout\" is not a field Hearth reads"), layout::toString);
    assertTrue(
        layout
            .message()
            .endsWith("(refused, not only noted, because course.yaml says strict: true)"),
        layout::toString);
  }

  @Test
  void theServerSettingMakesEveryCourseStrict() throws IOException {
    write("title: Data Carpentry\n");

    CourseReading reading = read(true);

    assertTrue(reading.course().isEmpty());
    assertTrue(
        reading.problems().stream()
            .allMatch(
                p -> p.message().endsWith("because the server's HEARTH_CONTENT_STRICT is true)")),
        () -> reading.problems().toString());
    assertEquals(3, reading.problems().size());
  }

  @Test
  void aStrictCourseWithoutNotesImports() throws IOException {
    write("title: Data Carpentry\nstrict: yes\n");
    Files.writeString(
        root.resolve(LESSON), "---\ntitle: Downloading the data\n---\nDownload it.\n", UTF_8);

    CourseReading reading = read(true);

    assertEquals(List.of(), reading.problems());
    assertTrue(reading.course().isPresent());
  }

  @Test
  void strictThatIsNotTrueOrFalseIsAProblemAtItsLine() throws IOException {
    write("title: Data Carpentry\nstrict: always\n");

    CourseReading reading = read(false);

    assertTrue(
        reading.problems().stream()
            .anyMatch(p -> p.path().equals("courses/carpentry/course.yaml") && p.line() == 2),
        () -> reading.problems().toString());
  }

  @Test
  void draftsAndZipsAreReadAsStrictlyAsTheContentFolder() {
    Map<String, byte[]> files =
        Map.of(
            "course.yaml", "title: Data Carpentry\n".getBytes(UTF_8),
            "01-setup/01-download-data.md", JEKYLL_LESSON.getBytes(UTF_8));

    CourseReading strict =
        new DraftCourseReader(new MarkdownRenderer(), true).read("carpentry", files).reading();
    CourseReading lenient =
        new DraftCourseReader(new MarkdownRenderer()).read("carpentry", files).reading();

    assertEquals(3, strict.problems().size(), () -> strict.problems().toString());
    assertTrue(lenient.course().isPresent());
  }

  private void write(String courseYaml) throws IOException {
    Path course = root.resolve("courses/carpentry/course.yaml");
    Files.createDirectories(course.getParent());
    Files.writeString(course, courseYaml, UTF_8);
    Path lesson = root.resolve(LESSON);
    Files.createDirectories(lesson.getParent());
    Files.writeString(lesson, JEKYLL_LESSON, UTF_8);
  }

  private CourseReading read(boolean serverStrict) {
    FileSystemContentSource source =
        new FileSystemContentSource(root, new MarkdownRenderer(), serverStrict);
    return source.read(source.scan().folders().get(0));
  }
}
