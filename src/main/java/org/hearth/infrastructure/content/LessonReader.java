package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;

/**
 * Reads a lesson file: its front matter (title, minutes, objectives, whether it is a preview,
 * whether it is required, and a content note to show first) and its Markdown body, rendered for its
 * page.
 */
final class LessonReader {

  private static final Set<String> LESSON_FIELDS =
      Set.of("title", "minutes", "objectives", "preview", "required", "content_note");
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
    if (split.isEmpty() && FrontMatter.opens(text.get())) {
      problems.add(
          path,
          1,
          "opens its front matter with \"---\" but never closes it: end the front matter with"
              + " another line \"---\"");
      return Optional.empty();
    }
    if (split.isEmpty()) {
      return Optional.of(plain(lesson, path, FrontMatter.none(text.get())));
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

  /**
   * A lesson written as plain Markdown, with no front matter (as GitHub and MkDocs take it): its
   * title from its first heading or file name, its reading time counted, and the defaults.
   */
  private LessonOutline plain(ItemFile lesson, String path, FrontMatter none) {
    FallbackTitle title = FallbackTitle.of(lesson.slug(), none.body(), none.bodyFirstLine());
    problems.note(path, 1, title.note());
    String html = markdown.render(lesson.file(), title.bodyFirstLine(), title.body());
    return new LessonOutline(
        lesson.slug(), title.title(), readingMinutes(title.body()), List.of(), false, true, html);
  }

  private Optional<LessonOutline> outline(
      ItemFile lesson, String path, FrontMatter front, YamlMapping fields) {
    fields.noteUnknownKeys(LESSON_FIELDS);
    Optional<String> title;
    String body = front.body();
    int bodyLine = front.bodyFirstLine();
    if (fields.has("title")) {
      title = fields.requiredText("title");
    } else {
      FallbackTitle fallback = FallbackTitle.of(lesson.slug(), body, bodyLine);
      problems.note(path, 1, fallback.note());
      title = Optional.of(fallback.title());
      body = fallback.body();
      bodyLine = fallback.bodyFirstLine();
    }
    String text = body;
    int minutes = fields.wholeNumber("minutes", 1, 600).orElseGet(() -> readingMinutes(text));
    List<String> objectives = fields.textList("objectives");
    boolean preview = fields.yesNo("preview", false);
    boolean required = fields.yesNo("required", true);
    String html = markdown.render(lesson.file(), bodyLine, body);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LessonOutline(lesson.slug(), title.get(), minutes, objectives, preview, required, html)
            .withContentNote(fields.text("content_note").orElse(null)));
  }
}
