package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;

/**
 * Reads a lesson file: its front matter (title, minutes, objectives, whether it is a preview and
 * whether it is required) and its Markdown body, rendered for its page.
 */
final class LessonReader {

  private static final Set<String> LESSON_FIELDS =
      Set.of("title", "minutes", "objectives", "preview", "required");
  private static final int WORDS_PER_MINUTE = 200;

  private final CourseFiles files;
  private final ProblemList problems;
  private final CourseMarkdown markdown;

  LessonReader(CourseFiles files, CourseMarkdown markdown) {
    this.files = files;
    this.problems = files.problems();
    this.markdown = markdown;
  }

  Optional<LessonOutline> read(ItemFile lesson) {
    String path = files.relative(lesson.file());
    Optional<String> text = files.readText(lesson.file());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(text.get());
    if (split.isEmpty()) {
      problems.add(
          path,
          1,
          "needs front matter: start the file with a line \"---\", then \"title: …\", then"
              + " another \"---\"");
      return Optional.empty();
    }
    FrontMatter front = split.get();
    Optional<YamlMapping> yaml =
        YamlMapping.parse(front.yaml(), path, front.yamlFirstLine() - 1, problems);
    if (yaml.isEmpty()) {
      return Optional.empty();
    }
    return outline(lesson, path, front, yaml.get());
  }

  /** The minutes a body takes to read, at least one, for lessons that do not say. */
  static int readingMinutes(String body) {
    String trimmed = body.strip();
    int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  private Optional<LessonOutline> outline(
      ItemFile lesson, String path, FrontMatter front, YamlMapping fields) {
    fields.rejectUnknownKeys(LESSON_FIELDS);
    if (!fields.has("title")) {
      problems.add(
          path, 1, "title is missing from the front matter; add a line such as \"title: Welcome\"");
    }
    Optional<String> title = fields.has("title") ? fields.requiredText("title") : Optional.empty();
    int minutes =
        fields.wholeNumber("minutes", 1, 600).orElseGet(() -> readingMinutes(front.body()));
    List<String> objectives = fields.textList("objectives");
    boolean preview = fields.yesNo("preview", false);
    boolean required = fields.yesNo("required", true);
    String html = markdown.render(lesson.file(), front.bodyFirstLine(), front.body());
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LessonOutline(
            lesson.slug(), title.get(), minutes, objectives, preview, required, html));
  }
}
