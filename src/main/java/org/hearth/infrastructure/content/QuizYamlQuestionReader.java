package org.hearth.infrastructure.content;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.quiz.Question;

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
          "ordering", with(QUESTION_FIELDS, "scoring", "items"));
  private static final String TYPES = "single, multiple, true-false, short, matching or ordering";
  private static final double MAX_POINTS = 1_000;

  private final QuizYamlFile file;
  private final QuizYamlChoices choices;
  private final QuizYamlPairsAndItems pairsAndItems;

  QuizYamlQuestionReader(QuizYamlFile file) {
    this.file = file;
    this.choices = new QuizYamlChoices(file);
    this.pairsAndItems = new QuizYamlPairsAndItems(file);
  }

  Optional<Question> read(YamlMapping yaml, String key) {
    Optional<String> type = knownType(yaml);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    yaml.rejectUnknownKeys(FIELDS_BY_TYPE.get(type.get()));
    String promptHtml = yaml.requiredLocated("prompt").map(file::render).orElse("");
    double points = yaml.decimalAbove("points", 0, MAX_POINTS).orElse(1.0);
    String explanationHtml = file.renderOptional(yaml, "explanation");
    QuizQuestionParts parts = new QuizQuestionParts();
    switch (type.get()) {
      case "single" -> choices.single(yaml, parts);
      case "multiple" -> choices.multiple(yaml, parts);
      case "true-false" -> choices.trueFalse(yaml, parts);
      case "short" -> choices.shortAnswer(yaml, parts);
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

  /** The question's type, or empty (and reported) when it is missing or unknown. */
  private Optional<String> knownType(YamlMapping yaml) {
    Optional<String> type = yaml.text("type");
    if (type.isEmpty()) {
      file.problem(
          yaml.line(), "type is missing; start each question with \"- type: …\", one of " + TYPES);
      return Optional.empty();
    }
    if (!FIELDS_BY_TYPE.containsKey(type.get())) {
      file.problem(
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
