package org.hearth.infrastructure.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.catalog.ModuleOutline;

/**
 * Reads one module of a course: its title and summary from module.yaml (or from its folder name
 * when there is none), and each of its items with the reader for the item's format.
 */
final class ModuleReader {

  private static final Set<String> MODULE_FIELDS = Set.of("title", "summary");

  private final CourseFiles files;
  private final ProblemList problems;
  private final CourseMarkdown markdown;
  private final LessonReader lessons;

  ModuleReader(CourseFiles files, CourseMarkdown markdown) {
    this.files = files;
    this.problems = files.problems();
    this.markdown = markdown;
    this.lessons = new LessonReader(files, markdown);
  }

  ModuleOutline read(ModuleFolder module) {
    String title = ContentNames.titleFromSlug(module.slug());
    String summary = null;
    Path yamlFile = module.dir().resolve("module.yaml");
    if (Files.isRegularFile(yamlFile, LinkOption.NOFOLLOW_LINKS)) {
      String path = files.relative(yamlFile);
      Optional<YamlMapping> yaml =
          files.readText(yamlFile).flatMap(text -> YamlMapping.parse(text, path, 0, problems));
      if (yaml.isPresent()) {
        yaml.get().rejectUnknownKeys(MODULE_FIELDS);
        title = yaml.get().text("title").orElse(title);
        summary = yaml.get().text("summary").orElse(null);
      }
    }
    List<LessonOutline> items = new ArrayList<>();
    for (ItemFile item : module.items()) {
      readItem(item).ifPresent(items::add);
    }
    return new ModuleOutline(module.slug(), title, summary, items);
  }

  private Optional<LessonOutline> readItem(ItemFile item) {
    Path file = item.file();
    return switch (item.format()) {
      case LESSON -> lessons.read(item);
      case QUIZ_YAML ->
          files
              .readText(file)
              .flatMap(
                  text ->
                      new QuizYamlReader(problems, markdown.forQuiz(file))
                          .read(text, files.relative(file), item.slug()));
      case GIFT ->
          files
              .readText(file)
              .flatMap(
                  text ->
                      new GiftReader(problems, markdown.forQuiz(file))
                          .read(text, files.relative(file), item.slug()));
      case WORKSHEET ->
          files
              .readText(file)
              .flatMap(
                  text ->
                      new WorksheetReader(problems, markdown.forWorksheet(file))
                          .read(text, files.relative(file), item.slug()));
    };
  }
}
