package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.worksheet.WorksheetBlock;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.content.WorksheetBody.FieldPart;
import org.hearth.infrastructure.content.WorksheetBody.Part;
import org.hearth.infrastructure.content.WorksheetBody.Prose;
import org.hearth.infrastructure.content.WorksheetBody.Repeat;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads a worksheet ({@code NN-slug.worksheet.md}): YAML front matter, then Markdown prose with a
 * field on each line written {@code [Label]{type #name}}, and sections repeated with {@code :::
 * repeat N}, as documented in content/README.md. Every problem is reported with its line; a
 * worksheet with any problem is not returned, so its course is not imported.
 */
final class WorksheetReader {

  private static final Set<String> FRONT_MATTER_FIELDS =
      Set.of("title", "required", "description", "minutes");

  /** Filling in a worksheet takes longer than reading it. */
  private static final int MIN_MINUTES = 5;

  static final int MAX_FIELDS = 500;

  private final ProblemList problems;
  private final QuizMarkdown markdown;

  /**
   * @param markdown renders prose and the description as lessons are rendered, with links checked
   *     at their lines in the worksheet file
   */
  WorksheetReader(ProblemList problems, QuizMarkdown markdown) {
    this.problems = problems;
    this.markdown = markdown;
  }

  /** The worksheet as a course item, or empty when anything in it was reported. */
  Optional<LessonOutline> read(String text, String path, String slug) {
    int problemsBefore = problemCount();
    Optional<FrontMatter> split = frontMatter(text, path);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter front = split.get();
    Optional<YamlMapping> parsed =
        YamlMapping.parse(front.yaml(), path, front.yamlFirstLine() - 1, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping yaml = parsed.get();
    yaml.rejectUnknownKeys(FRONT_MATTER_FIELDS);
    Optional<String> title = title(yaml, path);
    boolean required = yaml.yesNo("required", true);
    int minutes =
        yaml.wholeNumber("minutes", 1, 600)
            .orElseGet(() -> Math.max(MIN_MINUTES, LessonReader.readingMinutes(front.body())));
    Optional<Located> description = yaml.located("description");
    String descriptionHtml = description.map(d -> markdown.render(d.text(), d.line())).orElse("");

    WorksheetBody body = WorksheetBody.read(front.body(), front.bodyFirstLine(), path, problems);
    List<WorksheetBlock> blocks = new Expansion(path).blocks(body.parts());
    if (body.fieldLines() == 0) {
      problems.add(
          path,
          front.bodyFirstLine(),
          "has no fields; add a line such as [What helped?]{long #helped}");
    }
    if (problemCount() > problemsBefore || title.isEmpty()) {
      return Optional.empty();
    }
    WorksheetDefinition definition =
        new WorksheetDefinition(description.map(Located::text).orElse(""), blocks);
    return Optional.of(
        LessonOutline.worksheet(slug, title.get(), minutes, required, descriptionHtml, definition));
  }

  /** The file's front matter, or empty (and reported) when it has none. */
  private Optional<FrontMatter> frontMatter(String text, String path) {
    Optional<FrontMatter> split = FrontMatter.split(text);
    if (split.isEmpty()) {
      problems.add(
          path,
          1,
          "needs front matter: start the file with a line \"---\", then \"title: …\", then another"
              + " \"---\"");
    }
    return split;
  }

  private Optional<String> title(YamlMapping yaml, String path) {
    if (!yaml.has("title")) {
      problems.add(
          path,
          1,
          "title is missing from the front matter; add a line such as \"title: Practice log\"");
      return Optional.empty();
    }
    return yaml.requiredText("title");
  }

  private int problemCount() {
    return problems.problems().size();
  }

  /** Turns the parts of a body into blocks, repeating sections and checking that names differ. */
  private final class Expansion {

    private final String path;
    private final List<WorksheetBlock> blocks = new ArrayList<>();

    /** The line each field name was first written on. */
    private final Map<String, Integer> lineByName = new HashMap<>();

    /**
     * Field lines already reported, so a repeated one is reported once, not once per repetition.
     */
    private final Set<Integer> reported = new HashSet<>();

    private int fields;

    Expansion(String path) {
      this.path = path;
    }

    List<WorksheetBlock> blocks(List<Part> parts) {
      for (Part part : parts) {
        if (part instanceof Repeat repeat) {
          for (int n = 1; n <= repeat.count(); n++) {
            for (Part inner : repeat.parts()) {
              add(inner, n);
            }
          }
        } else {
          add(part, 0);
        }
      }
      return blocks;
    }

    /** Adds a prose run or a field, for repetition {@code n} (0 outside a repeated section). */
    private void add(Part part, int n) {
      if (part instanceof Prose prose) {
        prose(prose, n);
      } else if (part instanceof FieldPart written) {
        field(written.field(), n);
      }
    }

    private void prose(Prose prose, int n) {
      List<String> lines = prose.lines();
      int first = 0;
      int end = lines.size();
      while (first < end && lines.get(first).isBlank()) {
        first++;
      }
      while (end > first && lines.get(end - 1).isBlank()) {
        end--;
      }
      if (first == end) {
        return;
      }
      String text = String.join("\n", lines.subList(first, end)) + "\n";
      if (n > 0) {
        text = text.replace(WorksheetBody.NUMBER, String.valueOf(n));
      }
      blocks.add(WorksheetBlock.prose(markdown.render(text, prose.firstLine() + first), text));
    }

    private void field(WorksheetFieldLine written, int n) {
      WorksheetField field = written.field(n);
      Integer earlier = lineByName.putIfAbsent(field.name(), written.line());
      if (earlier != null) {
        if (reported.add(written.line())) {
          problems.add(
              path,
              written.line(),
              "the field name #"
                  + field.name()
                  + " is already used on line "
                  + earlier
                  + (n > 0 ? " (a repeated field's name ends with its repetition's number)" : "")
                  + "; give each field a name of its own");
        }
        return;
      }
      fields++;
      if (fields == MAX_FIELDS + 1) {
        problems.add(
            path,
            written.line(),
            "makes this worksheet longer than "
                + MAX_FIELDS
                + " fields, counting each "
                + "repetition; split it into several worksheets");
      }
      blocks.add(WorksheetBlock.field(field));
    }
  }
}
