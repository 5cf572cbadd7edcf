package org.hearth.infrastructure.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and downloads are found where Jekyll, MkDocs and the Carpentries put them, relative to the
 * lesson that links them and anywhere inside the course folder, and published at an address the
 * asset servlet serves; what cannot be served (missing, SVG, outside the course, a type Hearth does
 * not serve) is a problem at the link's line naming the file it looked for.
 */
class FilesFoundAsStaticSitesFindThemTest {

  private static final String SHELL = "courses/shell/";
  private static final String FIRST = SHELL + "01-basics/01-the-terminal.md";
  private static final String MIDDLE = SHELL + "01-basics/02-files-and-folders.md";
  private static final String LAST = SHELL + "02-pipes/01-pipes-and-filters.md";

  @TempDir Path root;

  private FileSystemContentSource source;

  @BeforeEach
  void createSource() throws IOException {
    source = new FileSystemContentSource(root, new MarkdownRenderer());
    write(SHELL + "course.yaml", "title: The Unix Shell\n");
    write(
        FIRST,
        """
        ---
        title: The terminal
        layout: episode
        ---
        A terminal waits for you to type a command:

        ![A terminal window with a blinking prompt](terminal.png)

        Some people find it calming, others not yet
        (![a face](images/émotions.png "how it feels")).
        """);
    write(
        MIDDLE,
        """
        # Files and folders

        The file system is a tree:

        ![A tree of folders, with the home folder at the top](../fig/file%20system.png)

        Print [the handout](handout.pdf#page=2) and keep [the classic picture](../assets/lake.png).
        """);
    write(
        LAST,
        """
        ---
        title: Pipes and filters
        ---
        {% include links.md %}

        ![Data flowing from one command to the next](../fig/pipeline.png)

        The chart again: ![Émotions](../01-basics/images/%C3%A9motions.png), ![Tree](<../fig/file system.png>)
        """);
    for (String file :
        List.of(
            "01-basics/terminal.png",
            "01-basics/images/émotions.png",
            "01-basics/handout.pdf",
            "fig/file system.png",
            "fig/pipeline.png",
            "assets/lake.png")) {
      write(SHELL + file, "not really an image");
    }
  }

  @Test
  void imagesBesideInSiblingFoldersAndInAssetsAreFoundInTheFirstMiddleAndLastLesson() {
    CourseReading reading = read();

    assertEquals(List.of(), reading.problems());
    String first = lesson(reading, 0, 0).html();
    assertTrue(first.contains("src=\"../../assets/shell/01-basics/terminal.png\""), first);
    assertTrue(
        first.contains("src=\"../../assets/shell/01-basics/images/%C3%A9motions.png\""), first);
    String middle = lesson(reading, 0, 1).html();
    assertTrue(middle.contains("src=\"../../assets/shell/fig/file%20system.png\""), middle);
    assertTrue(middle.contains("href=\"../../assets/shell/01-basics/handout.pdf#page"), middle);
    assertTrue(middle.contains("href=\"../../assets/shell/lake.png\""), "assets/ as before");
    String last = lesson(reading, 1, 0).html();
    assertTrue(last.contains("src=\"../../assets/shell/fig/pipeline.png\""), last);
    assertTrue(
        last.contains("src=\"../../assets/shell/01-basics/images/%C3%A9motions.png\""),
        "the same file, written encoded, has the same address: " + last);
    assertTrue(
        last.contains("src=\"../../assets/shell/fig/file%20system.png\""),
        "a name with a space written in <…>, as CommonMark allows: " + last);
  }

  @Test
  void aFileNameSavedDecomposedIsFoundByItsComposedSpelling() throws IOException {
    Path composed = root.resolve(SHELL + "01-basics/images/émotions.png");
    Files.delete(composed);
    String decomposed = Normalizer.normalize("émotions.png", Normalizer.Form.NFD);
    Files.writeString(composed.resolveSibling(decomposed), "as a Mac saves it");

    CourseReading reading = read();

    assertEquals(List.of(), reading.problems());
    assertTrue(
        lesson(reading, 0, 0).html().contains("images/e%CC%81motions.png\""),
        "the address is the file's own name, which is what the servlet finds");
  }

  @Test
  void aMissingImageNamesTheLessonTheLineAndTheFileItLookedFor() throws IOException {
    Files.delete(root.resolve(SHELL + "01-basics/handout.pdf"));

    assertOnlyProblem(
        MIDDLE,
        7,
        "links to handout.pdf#page=2, but there is no file at"
            + " courses/shell/01-basics/handout.pdf");
  }

  @Test
  void anImageThatEscapesTheCourseFolderIsRefusedAtItsLine() throws IOException {
    append(LAST, "\nA secret: ![key](../../../secrets/key.png)\n");
    write("secrets/key.png", "outside every course");

    assertOnlyProblem(
        LAST, 10, "links to ../../../secrets/key.png, which is outside the course folder");
  }

  @Test
  void anSvgIsRefusedAtImportRatherThanImportedAndThen404() throws IOException {
    write(SHELL + "fig/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    append(LAST, "\n![The same flow, drawn](../fig/flow.svg)\n");

    assertOnlyProblem(
        LAST,
        10,
        "links to ../fig/flow.svg, but it is an SVG image, which Hearth does not show because an"
            + " SVG can carry scripts (the editor's upload refuses SVG too); save it as a PNG or"
            + " WebP and link that");
  }

  @Test
  void aDownloadOfATypeHearthDoesNotServeIsRefusedNamingTheTypesItServes() throws IOException {
    write(SHELL + "data/animals.csv", "name,legs\ncat,4\n");
    append(FIRST, "\nDownload [the data](../data/animals.csv).\n");

    assertOnlyProblem(
        FIRST,
        12,
        "courses/shell/data/animals.csv is not a lesson, a quiz, a worksheet or a file of a type"
            + " Hearth serves");
  }

  @Test
  void aFileTooDeepToBeServedIsRefusedRatherThanImportedAndThen404() throws IOException {
    write(SHELL + "01-basics/images/old/2019/prompt.png", "deep");
    append(FIRST, "\n![An old prompt](images/old/2019/prompt.png)\n");

    assertOnlyProblem(
        FIRST,
        12,
        "courses/shell/01-basics/images/old/2019/prompt.png cannot be served by that name");
  }

  @Test
  void aFileOutsideAssetsMayNotTakeTheAddressOfOneInside() throws IOException {
    write(SHELL + "assets/fig/pipeline.png", "the other pipeline");

    assertOnlyProblem(
        LAST,
        6,
        "links to ../fig/pipeline.png, but it would have the same address as"
            + " assets/fig/pipeline.png; rename one of the two");
  }

  @Test
  void aFolderOfLessonsUnderANameHearthDoesNotReadIsStillReported() throws IOException {
    write(SHELL + "episodes/intro.md", "# Intro\n");
    write(SHELL + "episodes/fig/a.png", "an image beside a lesson Hearth cannot place");

    assertOnlyProblem(SHELL + "episodes", 0, "is not expected here");
  }

  @Test
  void aStrayFileBesideTheLessonsThatIsNoImageIsStillReported() throws IOException {
    write(SHELL + "01-basics/notes.docx", "not an image or a download Hearth serves");

    assertOnlyProblem(SHELL + "01-basics/notes.docx", 0, "is not a lesson, a quiz or a worksheet");
  }

  @Test
  void imagesNoLessonLinksMayLieBesideTheLessonsWithoutAProblem() throws IOException {
    write(SHELL + "01-basics/unused.png", "left over from an old version");
    write(SHELL + "fig/unused.svg", "<svg/>");

    CourseReading reading = read();

    assertEquals(List.of(), reading.problems());
    assertFalse(reading.course().isEmpty());
  }

  @Test
  void theServedFixtureCourseWithImagesBesideItsLessonsImportsWithoutAProblem() {
    FileSystemContentSource fixtures =
        new FileSystemContentSource(Path.of("src/test/it-content"), new MarkdownRenderer());
    CourseReading reading =
        fixtures.read(
            fixtures.scan().folders().stream()
                .filter(f -> f.slug().equals("assets-demo"))
                .findFirst()
                .orElseThrow());

    assertEquals(List.of(), reading.problems(), "HttpSurfaceIT serves these images");
    assertTrue(
        lesson(reading, 0, 1)
            .html()
            .contains("src=\"../../assets/assets-demo/01-pictures/%C3%A9motions.png\""));
  }

  private void assertOnlyProblem(String path, int line, String fragment) {
    CourseReading reading = read();
    assertTrue(reading.course().isEmpty(), "a course with a problem is not read");
    assertEquals(1, reading.problems().size(), () -> "one problem: " + reading.problems());
    ContentProblem problem = reading.problems().get(0);
    assertEquals(path, problem.path(), problem::toString);
    assertEquals(line, problem.line(), problem::toString);
    assertTrue(problem.message().contains(fragment), problem::toString);
  }

  private CourseReading read() {
    CourseFolder folder =
        source.scan().folders().stream()
            .filter(f -> f.slug().equals("shell"))
            .findFirst()
            .orElseThrow();
    return source.read(folder);
  }

  private static LessonOutline lesson(CourseReading reading, int module, int item) {
    return reading.course().orElseThrow().modules().get(module).lessons().get(item);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }

  private void append(String path, String text) throws IOException {
    Files.writeString(root.resolve(path), Files.readString(root.resolve(path)) + text, UTF_8);
  }
}
