package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Question;
import org.hearth.infrastructure.content.GiftText.SourceLine;

/**
 * Reads a quiz written in Moodle's GIFT format ({@code NN-slug.gift}), as documented in
 * content/README.md: questions separated by blank lines, {@code //} comment lines, {@code
 * $CATEGORY:} lines (ignored) and, at the very top, comment lines such as {@code // pass_mark: 80}
 * that set the quiz's settings as a {@code .quiz.yaml} does.
 */
final class GiftReader {

  private static final Pattern SETTING = Pattern.compile("\\s*//\\s*([a-z_]+)\\s*:(.*)");

  private final ProblemList problems;
  private final QuizMarkdown markdown;

  GiftReader(ProblemList problems, QuizMarkdown markdown) {
    this.problems = problems;
    this.markdown = markdown;
  }

  /** The quiz as a course item, or empty when any problem was reported; notes do not count. */
  Optional<LessonOutline> read(String text, String path, String slug) {
    int problemsBefore = problemCount();
    List<String> lines = lines(text);
    QuizSettings settings = settings(lines, path, slug);
    GiftQuestionReader reader = new GiftQuestionReader(path, settings.graded(), problems, markdown);
    List<Question> questions = new ArrayList<>();
    for (GiftText block : blocks(lines)) {
      reader.read(block, "q" + (questions.size() + 1)).ifPresent(questions::add);
    }
    if (questions.isEmpty() && problemCount() == problemsBefore) {
      problems.add(
          path,
          0,
          "has no questions Hearth can show; write at least one, such as \"Is water wet? {T}\"");
    }
    if (problemCount() > problemsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        LessonOutline.quiz(
            slug,
            settings.title(),
            settings.minutesFor(questions.size()),
            settings.required(),
            "",
            settings.definition(questions)));
  }

  /**
   * Reads the settings among the comment lines at the top of the file. They are handed to the YAML
   * reader, one line for each line of the file, so values and line numbers mean what they mean in a
   * {@code .quiz.yaml}.
   */
  private QuizSettings settings(List<String> lines, String path, String slug) {
    StringBuilder yaml = new StringBuilder();
    for (String line : lines) {
      if (!line.isBlank() && !isComment(line)) {
        break;
      }
      Matcher setting = SETTING.matcher(line);
      if (setting.matches() && QuizSettings.FIELDS.contains(setting.group(1))) {
        yaml.append(setting.group(1)).append(": ").append(quoted(setting.group(2).strip()));
      }
      yaml.append('\n');
    }
    Optional<YamlMapping> parsed = YamlMapping.parse(yaml.toString(), path, 0, problems);
    return QuizSettings.read(
        parsed.orElseGet(() -> YamlMapping.parse("", path, 0, problems).orElseThrow()),
        path,
        problems,
        Optional.of(ContentNames.titleFromSlug(slug)));
  }

  /**
   * The questions of GIFT text, each as written, for readers other than this one (the editor's
   * paste).
   */
  static List<GiftText> questionTexts(String text) {
    return blocks(lines(text));
  }

  /** The questions: runs of lines between blank lines, without comment and $CATEGORY lines. */
  private static List<GiftText> blocks(List<String> lines) {
    List<GiftText> blocks = new ArrayList<>();
    List<SourceLine> block = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(GiftText.of(block));
          block = new ArrayList<>();
        }
      } else if (!isComment(line) && !(block.isEmpty() && line.strip().startsWith("$CATEGORY:"))) {
        block.add(new SourceLine(i + 1, line));
      }
    }
    return blocks;
  }

  private static boolean isComment(String line) {
    return line.strip().startsWith("//");
  }

  private static List<String> lines(String text) {
    String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return List.of(normalised.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private int problemCount() {
    return problems.problems().size();
  }
}
