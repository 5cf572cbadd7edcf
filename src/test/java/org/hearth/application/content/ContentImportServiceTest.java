package org.hearth.application.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 7: an import costs a parse only for a folder whose files or folders changed. An
 * unchanged course and a refused course left as it was are not read again, yet the refused one's
 * problems and notes, with path and line, reach the report every time.
 */
class ContentImportServiceTest {

  private static final String COURSE = "courses/emotions-et-securite/";
  private static final String LESSON = COURSE + "01-premiers-pas/01-bienvenue.md";
  private static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  @TempDir Path root;

  private CountingSource source;
  private ContentImportService service;

  @BeforeEach
  void createService() throws IOException {
    source = new CountingSource(new FileSystemContentSource(root, new MarkdownRenderer()));
    service = new ContentImportService();
    service.source = source;
    service.sync = new RememberingDrafts();
    service.clock = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);
    write(COURSE + "course.yaml", "title: Émotions et sécurité\nsummary: Pour Zoë Ångström.\n");
    write(COURSE + "01-premiers-pas/module.yaml", "title: Premiers pas\n");
    write(COURSE + "01-premiers-pas/visage.png", Base64.getDecoder().decode(PNG));
    write(COURSE + "_includes/links.md", "[aide]: https://www.example.org/aide\n");
  }

  /**
   * A lesson in the styles people bring, its link to a lesson that was never written refusing it.
   */
  private void refusedLesson() throws IOException {
    write(
        LESSON,
        """
        ---
        title: "Siobhán Ó Súilleabháin: It’s “fine” — really… it is."
        layout: episode
        ---
        Nguyễn Thị Minh Khai et 王秀英 lisent ceci. ![Un visage calme](visage.png)

        Voir l’[aide][aide].

        {% include links.md %}

        Continuer vers [la suite](02-jamais-ecrite.md).
        """);
  }

  @Test
  void aRefusedFolderLeftAsItWasIsNotParsedAgainYetReportsTheSameProblemsAndNotes()
      throws IOException {
    refusedLesson();

    CourseImportResult first = onlyCourse(service.importAll());
    CourseImportResult again = onlyCourse(service.importAll());

    assertEquals(1, source.reads, "the second import parsed the unchanged refused folder again");
    assertEquals(CourseImportStatus.REJECTED, again.status());
    assertEquals(first.problems(), again.problems());
    assertEquals(first.notes(), again.notes());
    ContentProblem problem = again.problems().get(0);
    assertEquals(LESSON, problem.path());
    assertEquals(11, problem.line(), problem.toString());
    assertTrue(problem.message().contains("02-jamais-ecrite.md"), problem.toString());
    ContentProblem note = again.notes().get(0);
    assertEquals(LESSON + ":3", note.path() + ":" + note.line(), note.toString());
    assertTrue(note.message().contains("\"layout\""), note.toString());
  }

  @Test
  void editingOneLessonOfARefusedFolderReadsItAgainAndItsFixImports() throws IOException {
    refusedLesson();
    service.importAll();

    write(LESSON, read(LESSON).replace("02-jamais-ecrite.md", "01-bienvenue.md"));
    CourseImportResult fixed = onlyCourse(service.importAll());

    assertEquals(2, source.reads);
    assertEquals(CourseImportStatus.IMPORTED, fixed.status(), fixed.problems().toString());
    assertEquals(1, fixed.lessons());
    assertEquals(CourseImportStatus.UNCHANGED, onlyCourse(service.importAll()).status());
    assertEquals(2, source.reads, "an unchanged imported course was parsed again");
  }

  @Test
  void aChangedImageBesideTheLessonReadsTheRefusedFolderAgain() throws IOException {
    refusedLesson();
    service.importAll();

    byte[] image = Base64.getDecoder().decode(PNG);
    image[image.length - 13] ^= 1; // a different picture under the same name
    write(COURSE + "01-premiers-pas/visage.png", image);
    service.importAll();

    assertEquals(2, source.reads);
  }

  @Test
  void aChangedIncludeReadsTheRefusedFolderAgain() throws IOException {
    refusedLesson();
    service.importAll();

    write(COURSE + "_includes/links.md", "[aide]: https://www.example.org/aide-en-français\n");
    service.importAll();

    assertEquals(2, source.reads);
  }

  /** An empty folder holds no file, so only the reading checksum sees it come and go. */
  @Test
  void anEmptyFolderAddedOrRemovedReadsTheRefusedFolderAgain() throws IOException {
    refusedLesson();
    Path twin = Files.createDirectories(root.resolve(COURSE + "02-premiers-pas"));
    CourseImportResult withTwin = onlyCourse(service.importAll());
    assertTrue(
        withTwin.problems().stream().anyMatch(p -> p.path().endsWith("/02-premiers-pas")),
        withTwin.problems().toString());

    Files.delete(twin);
    CourseImportResult without = onlyCourse(service.importAll());

    assertEquals(2, source.reads);
    assertTrue(
        without.problems().stream().noneMatch(p -> p.path().endsWith("/02-premiers-pas")),
        "the removed folder is still reported: " + without.problems());
  }

  @Test
  void aRefusedFolderThatLeavesAndComesBackIsReadAgain() throws IOException {
    refusedLesson();
    service.importAll();
    Path aside = root.resolve("aside");
    Files.move(root.resolve(COURSE), aside);
    service.importAll();
    Files.move(aside, root.resolve(COURSE));

    assertEquals(CourseImportStatus.REJECTED, onlyCourse(service.importAll()).status());
    assertEquals(2, source.reads);
  }

  private static CourseImportResult onlyCourse(ImportReport report) {
    assertEquals(1, report.courses().size(), report.courses().toString());
    return report.courses().get(0);
  }

  private String read(String path) throws IOException {
    return Files.readString(root.resolve(path), UTF_8);
  }

  private void write(String path, String text) throws IOException {
    write(path, text.getBytes(UTF_8));
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  /** The content folder, counting how often a course folder is parsed. */
  private static final class CountingSource implements ContentSource {
    private final ContentSource real;
    int reads;

    CountingSource(ContentSource real) {
      this.real = real;
    }

    @Override
    public ContentScan scan() {
      return real.scan();
    }

    @Override
    public CourseReading read(CourseFolder folder) {
      reads++;
      return real.read(folder);
    }

    @Override
    public Map<String, byte[]> files(CourseFolder folder) {
      return real.files(folder);
    }
  }

  /** Drafts that remember the checksum of each folder taken, as authoring's FolderSync does. */
  private static final class RememberingDrafts implements CourseFolderDrafts {
    private final Map<String, String> checksums = new HashMap<>();

    @Override
    public Optional<DraftState> state(String slug) {
      return Optional.ofNullable(checksums.get(slug))
          .map(sum -> new DraftState(sum, false, DraftOrigin.FOLDER));
    }

    @Override
    public void take(
        CourseFolder folder,
        Map<String, byte[]> files,
        CourseSource course,
        boolean overrideBrowserEdits) {
      checksums.put(folder.slug(), folder.checksum());
    }
  }
}
