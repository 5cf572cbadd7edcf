package org.hearth.infrastructure.content;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.authoring.QuizQuestionDraft;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;

/**
 * Reads one question of a {@code .quiz.yaml} file: the fields every type shares (type, prompt,
 * points, explanation), then the fields of its type through {@link QuizYamlChoices} or {@link
 * QuizYamlPairsAndItems}.
 */
final class QuizYamlQuestionReader {

  private static final Set<String> QUESTION_FIELDS =
      Set.of("type", "prompt", "points", "explanation");
  private static final Map<String, Set<String>> FIELDS_BY_TYPE =
      Map.of(
          "single", with(QUESTION_FIELDS, "options"),
          "multiple", with(QUESTION_FIELDS, "options", "scoring"),
          "true-false", with(QUESTION_FIELDS, "answer", "feedback_correct", "feedback_incorrect"),
          "short",
              with(
                  QUESTION_FIELDS,
                  "answers",
                  "case_sensitive",
                  "feedback_correct",
                  "feedback_incorrect"),
          "matching", with(QUESTION_FIELDS, "scoring", "pairs"),
          "ordering", with(QUESTION_FIELDS, "scoring", "items"),
          "numerical", with(QUESTION_FIELDS, "answers", "feedback_incorrect"));
  private static final Map<String, QuestionType> TYPE_BY_NAME =
      Map.of(
          "single", QuestionType.SINGLE_CHOICE,
          "multiple", QuestionType.MULTIPLE_CHOICE,
          "true-false", QuestionType.TRUE_FALSE,
          "short", QuestionType.SHORT_ANSWER,
          "matching", QuestionType.MATCHING,
          "ordering", QuestionType.ORDERING,
          "numerical", QuestionType.NUMERICAL);
  private static final String TYPES =
      "single, multiple, true-false, short, numerical, matching or ordering";
  private static final double MAX_POINTS = 1_000;

  private final QuizYamlFile file;
  private final QuizYamlChoices choices;
  private final QuizYamlPairsAndItems pairsAndItems;
  private final QuizYamlNumbers numbers;

  QuizYamlQuestionReader(QuizYamlFile file) {
    this.file = file;
    this.choices = new QuizYamlChoices(file);
    this.pairsAndItems = new QuizYamlPairsAndItems(file);
    this.numbers = new QuizYamlNumbers(file);
  }

  Optional<Question> read(YamlMapping yaml, String key) {
    Optional<String> type = knownType(yaml);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    yaml.rejectUnknownKeys(FIELDS_BY_TYPE.get(type.get()));
    QuizQuestionDraft draft = new QuizQuestionDraft(TYPE_BY_NAME.get(type.get()));
    file.form().getQuestions().add(draft);
    String promptHtml = yaml.requiredLocated("prompt").map(file::render).orElse("");
    yaml.raw("prompt").ifPresent(draft::setPrompt);
    double points = points(yaml, draft);
    String explanationHtml = file.renderOptional(yaml, "explanation", draft::setExplanation);
    QuizQuestionParts parts = new QuizQuestionParts(draft);
    switch (type.get()) {
      case "single" -> choices.single(yaml, parts);
      case "multiple" -> choices.multiple(yaml, parts);
      case "true-false" -> choices.trueFalse(yaml, parts);
      case "short" -> choices.shortAnswer(yaml, parts);
      case "numerical" -> numbers.numerical(yaml, parts);
      case "matching" -> pairsAndItems.matching(yaml, parts);
      default -> pairsAndItems.ordering(yaml, parts);
    }
    return Optional.of(
        new Question(
            key,
            parts.type,
            promptHtml,
            points,
            parts.choices,
            parts.scoring,
            parts.caseSensitive,
            parts.pairs,
            explanationHtml,
            parts.incorrectFeedbackHtml));
  }

  /** The points, 1 unless given; the form keeps them as written. */
  private static double points(YamlMapping yaml, QuizQuestionDraft draft) {
    Optional<Double> points = yaml.decimalAbove("points", 0, MAX_POINTS);
    if (points.isPresent()) {
      draft.setPoints(new BigDecimal(yaml.text("points").orElseThrow()));
      draft.keepSpelledOut("points");
    }
    return points.orElse(1.0);
  }

  /**
   * The question's type, or empty (and reported) when it is missing or unknown; the quiz editor's
   * form cannot hold such a question either.
   */
  private Optional<String> knownType(YamlMapping yaml) {
    Optional<String> type = yaml.text("type");
    if (type.isEmpty()) {
      file.problemForm(
          yaml.line(), "type is missing; start each question with \"- type: …\", one of " + TYPES);
      return Optional.empty();
    }
    if (!FIELDS_BY_TYPE.containsKey(type.get())) {
      file.problemForm(
          yaml.lineOfKey("type"), "type must be " + TYPES + ", not \"" + type.get() + "\"");
      return Optional.empty();
    }
    return type;
  }

  static Set<String> with(Set<String> fields, String... more) {
    Set<String> all = new HashSet<>(fields);
    all.addAll(List.of(more));
    return Set.copyOf(all);
  }
}
