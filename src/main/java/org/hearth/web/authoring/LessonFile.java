package org.hearth.web.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.application.authoring.SourceTitles;
import org.hearth.application.content.ContentProblem;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A lesson file split into the front matter fields the editor shows as a form and the Markdown
 * body, and put back together. Reading is lenient (a file that does not parse keeps its text in the
 * body, so nothing is lost); writing produces front matter the content reader accepts.
 */
public record LessonFile(
    String title,
    Integer minutes,
    List<String> objectives,
    boolean preview,
    boolean required,
    String body) {

  public static LessonFile parse(String text) {
    if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
      return new LessonFile("", null, List.of(), false, true, text);
    }
    int end = text.indexOf("\n---", 3);
    int next = end < 0 ? -1 : text.indexOf('\n', end + 4);
    if (end < 0) {
      return new LessonFile("", null, List.of(), false, true, text);
    }
    String yaml = text.substring(text.indexOf('\n') + 1, end + 1);
    String body = next < 0 ? "" : text.substring(next + 1);
    try {
      Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
      if (!(loaded instanceof Map<?, ?> map)) {
        return new LessonFile("", null, List.of(), false, true, text);
      }
      for (Object key : map.keySet()) {
        if (!List.of("title", "minutes", "objectives", "preview", "required")
            .contains(String.valueOf(key))) {
          return new LessonFile("", null, List.of(), false, true, text);
        }
      }
      List<String> objectives = new ArrayList<>();
      if (map.get("objectives") instanceof List<?> list) {
        list.forEach(o -> objectives.add(String.valueOf(o)));
      }
      Integer minutes = map.get("minutes") instanceof Number n ? n.intValue() : null;
      return new LessonFile(
          map.get("title") == null ? "" : String.valueOf(map.get("title")),
          minutes,
          objectives,
          Boolean.TRUE.equals(map.get("preview")),
          !Boolean.FALSE.equals(map.get("required")),
          body);
    } catch (RuntimeException e) {
      return new LessonFile("", null, List.of(), false, true, text);
    }
  }

  /**
   * The file text an editor form holds: with {@code lessonForm}, front matter from the fields and
   * then the body; otherwise the text as typed. Line endings become \n either way.
   */
  public static String compose(
      boolean lessonForm,
      String title,
      Integer minutes,
      String objectives,
      boolean preview,
      boolean required,
      String text) {
    String body = text == null ? "" : text.replace("\r\n", "\n");
    if (!lessonForm) {
      return body;
    }
    List<String> lines =
        Arrays.stream((objectives == null ? "" : objectives).split("\n"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new LessonFile(title == null ? "" : title, minutes, lines, preview, required, body)
        .text();
  }

  /**
   * Problems as the lesson form shows them: a line in the body is counted from the body's first
   * line, as the text area numbers it; a problem in the front matter (the fields) has no line.
   */
  public static List<ContentProblem> asShown(
      List<ContentProblem> problems, boolean lessonForm, String composed) {
    if (!lessonForm || !composed.startsWith("---\n")) {
      return problems;
    }
    int end = composed.indexOf("\n---", 3);
    int frontMatterLines =
        end < 0
            ? 0
            : (int) composed.substring(0, end + 4).chars().filter(c -> c == '\n').count() + 1;
    return problems.stream()
        .map(
            p ->
                new ContentProblem(
                    p.path(),
                    p.line() > frontMatterLines ? p.line() - frontMatterLines : 0,
                    p.message()))
        .toList();
  }

  /** Whether the file's front matter was read into the form (otherwise it is all in the body). */
  public boolean hasForm() {
    return !title.isEmpty();
  }

  public String text() {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(SourceTitles.quoted(title.strip())).append('\n');
    if (minutes != null) {
      out.append("minutes: ").append(minutes).append('\n');
    }
    if (!objectives.isEmpty()) {
      out.append("objectives:\n");
      objectives.forEach(
          o -> out.append("  - ").append(SourceTitles.quoted(o.strip())).append('\n'));
    }
    if (preview) {
      out.append("preview: true\n");
    }
    if (!required) {
      out.append("required: false\n");
    }
    return out.append("---\n").append(body).toString();
  }
}
