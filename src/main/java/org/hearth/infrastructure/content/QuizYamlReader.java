package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.authoring.QuizDocument;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Question;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads a quiz written in Hearth's own YAML ({@code NN-slug.quiz.yaml}), as documented in
 * content/README.md: the one reader of the format, for the import and for the quiz editor's form
 * alike. Every problem is reported with its line; a quiz with any problem is not returned, so its
 * course is not imported.
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

  /**
   * What one reading gives.
   *
   * @param quiz the quiz as a course item, or empty when anything in it was reported
   * @param form the file as the quiz editor's form holds it, texts as written
   * @param formProblem why the form cannot hold the file (not YAML, not a mapping, a question
   *     without a known type), if it cannot
   */
  record Reading(Optional<LessonOutline> quiz, QuizDocument form, Optional<String> formProblem) {}

  /** The quiz as a course item, or empty when anything in it was reported. */
  Optional<LessonOutline> read(String text, String path, String slug) {
    return reading(text, path, slug).quiz();
  }

  Reading reading(String text, String path, String slug) {
    int problemsBefore = problemCount();
    QuizDocument form = new QuizDocument();
    Optional<YamlMapping> parsed = YamlMapping.parse(text, path, 0, problems);
    if (parsed.isEmpty()) {
      return new Reading(Optional.empty(), form, Optional.of(firstProblemSince(problemsBefore)));
    }
    YamlMapping yaml = parsed.get();
    yaml.rejectUnknownKeys(QUIZ_FIELDS);
    QuizSettings settings = QuizSettings.read(yaml, path, problems, Optional.empty());
    QuizSettingsForm.fill(form, settings, yaml);
    String introHtml = yaml.located("intro").map(this::render).orElse("");
    QuizYamlFile file = new QuizYamlFile(path, settings.graded(), problems, markdown, form);
    List<Question> questions = questions(yaml, path, file);
    if (problemCount() > problemsBefore || settings.title() == null) {
      return new Reading(Optional.empty(), form, file.formProblem());
    }
    LessonOutline quiz =
        LessonOutline.quiz(
            slug,
            settings.title(),
            settings.minutesFor(questions.size()),
            settings.required(),
            introHtml,
            settings.definition(questions));
    return new Reading(Optional.of(quiz), form, file.formProblem());
  }

  private List<Question> questions(YamlMapping yaml, String path, QuizYamlFile file) {
    int beforeList = problemCount();
    List<YamlMapping> entries = yaml.mappingList("questions");
    if (entries.isEmpty() && problemCount() == beforeList) {
      problems.add(
          path,
          yaml.lineOfKey("questions"),
          "has no questions; add a list under \"questions:\" with at least one \"- type: …\""
              + " entry");
    }
    QuizYamlQuestionReader reading = new QuizYamlQuestionReader(file);
    List<Question> questions = new ArrayList<>();
    for (YamlMapping entry : entries) {
      reading.read(entry, "q" + (questions.size() + 1)).ifPresent(questions::add);
    }
    return questions;
  }

  private String firstProblemSince(int before) {
    List<ContentProblem> reported = problems.problems();
    if (reported.size() <= before) {
      return "not a quiz";
    }
    ContentProblem problem = reported.get(before);
    return "line " + problem.line() + ": " + problem.message();
  }

  private String render(Located text) {
    return markdown.render(text.text(), text.line());
  }

  private int problemCount() {
    return problems.problems().size();
  }
}
