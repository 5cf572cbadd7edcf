package org.hearth.infrastructure.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.ContentSource;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.application.content.CourseSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * Reads courses from the content folder: {@code courses/<slug>/course.yaml}, numbered module
 * folders and numbered lesson, quiz and worksheet files, as documented in content/README.md.
 * Symbolic links and paths that leave the course folder are refused, so only files inside the
 * content folder are read. Reading one folder is {@link CourseFolderReader}'s work; this class
 * finds the folders and hands out their files.
 */
public final class FileSystemContentSource implements ContentSource {

  /** What the problems say made a server-wide strict reading refuse a note. */
  static final String SERVER_STRICT = "the server's HEARTH_CONTENT_STRICT is true";

  private final Path root;
  private final MarkdownRenderer markdown;
  private final boolean strict;

  public FileSystemContentSource(Path root, MarkdownRenderer markdown) {
    this(root, markdown, false);
  }

  /**
   * @param strict whether every note refuses its course, whatever its course.yaml says, as MkDocs'
   *     {@code --strict} does (HEARTH_CONTENT_STRICT)
   */
  public FileSystemContentSource(Path root, MarkdownRenderer markdown, boolean strict) {
    this.root = root.toAbsolutePath().normalize();
    this.markdown = markdown;
    this.strict = strict;
  }

  public Path root() {
    return root;
  }

  @Override
  public ContentScan scan() {
    List<ContentProblem> problems = new ArrayList<>();
    List<CourseFolder> folders = new ArrayList<>();
    Path courses = root.resolve("courses");
    if (!Files.isDirectory(courses, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(
          new ContentProblem(
              "courses",
              0,
              "is missing: the content folder "
                  + root
                  + " needs a courses/ folder with one folder per course"));
      return new ContentScan(root.toString(), folders, problems);
    }
    try (Stream<Path> entries = Files.list(courses)) {
      for (Path dir : entries.sorted().toList()) {
        scanEntry(dir, folders, problems);
      }
    } catch (IOException e) {
      problems.add(new ContentProblem("courses", 0, "cannot be listed: " + e.getMessage()));
    }
    return new ContentScan(root.toString(), folders, problems);
  }

  /** Takes one entry of courses/ as a course folder, or reports why it is none. */
  private void scanEntry(Path dir, List<CourseFolder> folders, List<ContentProblem> problems) {
    String name = dir.getFileName().toString();
    String relative = "courses/" + name;
    if (name.startsWith(".")) {
      return;
    }
    if (Files.isSymbolicLink(dir)) {
      problems.add(
          new ContentProblem(
              relative,
              0,
              "is a symbolic link; Hearth reads only real folders inside the content folder"));
    } else if (!Files.isDirectory(dir)) {
      problems.add(
          new ContentProblem(relative, 0, "is a file; courses/ holds only course folders"));
    } else if (!ContentNames.SLUG.matcher(name).matches() || name.length() > 100) {
      problems.add(
          new ContentProblem(
              relative,
              0,
              "is not a valid course name: use lowercase letters, digits and hyphens, such as"
                  + " empathy-and-safety"));
    } else {
      try {
        FolderChecksum.Sums sums = new FolderChecksum(root).sums(dir);
        folders.add(new CourseFolder(name, relative, sums.files(), sums.reading()));
      } catch (ContentException e) {
        problems.add(e.problem());
      }
    }
  }

  @Override
  public CourseReading read(CourseFolder folder) {
    ProblemList problems = new ProblemList();
    if (strict) {
      problems.beStrict(SERVER_STRICT);
    }
    CourseFiles files = new CourseFiles(root, root.resolve(folder.path()).normalize(), problems);
    Optional<CourseSource> course = new CourseFolderReader(folder, files, markdown).read();
    return new CourseReading(
        problems.isEmpty() ? course : Optional.empty(), problems.problems(), problems.notes());
  }

  /**
   * Every regular file of a course folder except dot files, by its path inside the folder, in path
   * order: what a sync copies into the course's draft. The folder's checksum covers exactly these
   * files.
   */
  @Override
  public Map<String, byte[]> files(CourseFolder folder) {
    Path dir = root.resolve(folder.path()).normalize();
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted().toList()) {
        if (Files.isSymbolicLink(path)) {
          throw new ContentException(
              ContentNames.relative(root, path),
              "is a symbolic link; Hearth reads only real files inside the content folder");
        }
        String relative = dir.relativize(path).toString().replace('\\', '/');
        boolean hidden = relative.startsWith(".") || relative.contains("/.");
        if (!hidden && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          files.put(relative, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
