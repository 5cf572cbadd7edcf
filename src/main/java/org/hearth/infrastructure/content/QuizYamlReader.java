package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Question;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads a quiz written in Hearth's own YAML ({@code NN-slug.quiz.yaml}), as documented in
 * content/README.md. Every problem is reported with its line; a quiz with any problem is not
 * returned, so its course is not imported.
 */
final class QuizYamlReader {

  private static final Set<String> QUIZ_FIELDS =
      QuizYamlQuestionReader.with(QuizSettings.FIELDS, "intro", "questions");

  private final ProblemList problems;
  private final QuizMarkdown markdown;

  QuizYamlReader(ProblemList problems, QuizMarkdown markdown) {
    this.problems = problems;
    this.markdown = markdown;
  }

  /** The quiz as a course item, or empty when anything in it was reported. */
  Optional<LessonOutline> read(String text, String path, String slug) {
    int problemsBefore = problemCount();
    Optional<YamlMapping> parsed = YamlMapping.parse(text, path, 0, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping yaml = parsed.get();
    yaml.rejectUnknownKeys(QUIZ_FIELDS);
    QuizSettings settings = QuizSettings.read(yaml, path, problems, Optional.empty());
    String introHtml = yaml.located("intro").map(this::render).orElse("");
    int beforeList = problemCount();
    List<YamlMapping> entries = yaml.mappingList("questions");
    if (entries.isEmpty() && problemCount() == beforeList) {
      problems.add(
          path,
          yaml.lineOfKey("questions"),
          "has no questions; add a list under \"questions:\" with at least one \"- type: …\""
              + " entry");
    }
    QuizYamlQuestionReader reading =
        new QuizYamlQuestionReader(new QuizYamlFile(path, settings.graded(), problems, markdown));
    List<Question> questions = new ArrayList<>();
    for (YamlMapping entry : entries) {
      reading.read(entry, "q" + (questions.size() + 1)).ifPresent(questions::add);
    }
    if (problemCount() > problemsBefore || settings.title() == null) {
      return Optional.empty();
    }
    return Optional.of(
        LessonOutline.quiz(
            slug,
            settings.title(),
            settings.minutesFor(questions.size()),
            settings.required(),
            introHtml,
            settings.definition(questions)));
  }

  private String render(Located text) {
    return markdown.render(text.text(), text.line());
  }

  private int problemCount() {
    return problems.problems().size();
  }
}
