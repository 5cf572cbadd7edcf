package org.hearth.infrastructure.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseSource;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.catalog.ModuleOutline;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * One pass over one course folder: its course.yaml, then its modules and their items. It collects
 * every problem rather than stopping at the first, so an author sees them all at once, and returns
 * a course only when there were none (nor any note, in a course whose course.yaml says {@code
 * strict: true}).
 */
final class CourseFolderReader {

  private final CourseFolder folder;
  private final CourseFiles files;
  private final ProblemList problems;
  private final MarkdownRenderer markdown;

  CourseFolderReader(CourseFolder folder, CourseFiles files, MarkdownRenderer markdown) {
    this.folder = folder;
    this.files = files;
    this.problems = files.problems();
    this.markdown = markdown;
  }

  Optional<CourseSource> read() {
    Path courseFile = files.dir().resolve("course.yaml");
    String coursePath = files.relative(courseFile);
    if (!Files.isRegularFile(courseFile, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(
          coursePath,
          0,
          "is missing; every course folder needs a course.yaml with at least a title");
      return Optional.empty();
    }
    Optional<YamlMapping> courseYaml =
        files
            .readText(courseFile)
            .flatMap(text -> YamlMapping.parse(text, coursePath, 0, problems));
    if (courseYaml.flatMap(yaml -> yaml.trueOrFalse("strict")).orElse(false)) {
      problems.beStrict("course.yaml says strict: true");
    }
    List<ModuleFolder> modules = new ModuleFinder(files).find();
    List<ModuleOutline> outlines = readModules(modules);
    if (courseYaml.isEmpty()) {
      return Optional.empty();
    }
    CourseDetails details =
        new CourseDetailsReader(problems, markdown)
            .read(courseYaml.get(), coursePath, totalMinutes(outlines));
    if (modules.stream().allMatch(m -> m.items().isEmpty())) {
      problems.add(
          files.relative(files.dir()),
          0,
          "has no lessons; add a module folder such as 01-welcome/ with a lesson such as"
              + " 01-hello.md");
    }
    if (!problems.isEmpty() || details == null) {
      return Optional.empty();
    }
    return Optional.of(new CourseSource(folder, details, outlines));
  }

  /** Reads the modules once every item's slug is known, so that lessons may link each other. */
  private List<ModuleOutline> readModules(List<ModuleFolder> modules) {
    Map<Path, String> itemSlugsByFile = new HashMap<>();
    for (ModuleFolder module : modules) {
      for (ItemFile item : module.items()) {
        itemSlugsByFile.put(item.file(), item.slug());
      }
    }
    CourseLinks links = new CourseLinks(folder.slug(), files, itemSlugsByFile);
    ModuleReader reader = new ModuleReader(files, new CourseMarkdown(markdown, files, links));
    List<ModuleOutline> outlines = new ArrayList<>();
    for (ModuleFolder module : modules) {
      outlines.add(reader.read(module));
    }
    return outlines;
  }

  private static int totalMinutes(List<ModuleOutline> outlines) {
    return outlines.stream()
        .flatMap(m -> m.lessons().stream())
        .mapToInt(LessonOutline::minutes)
        .sum();
  }
}
