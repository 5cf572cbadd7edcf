package org.hearth.infrastructure.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.authoring.QuizNumberDraft;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.NumberRange;
import org.hearth.domain.quiz.QuestionType;

/**
 * Reads the accepted answers of a numerical question: each a {@code value} with an optional {@code
 * tolerance}, or a range from {@code min} to {@code max}, with an optional {@code credit} in
 * percent and {@code feedback}. Every number that is not a plain decimal is reported at its line.
 */
final class QuizYamlNumbers {

  private static final Set<String> ANSWER_FIELDS =
      Set.of("value", "tolerance", "min", "max", "credit", "feedback");
  private static final String EXAMPLE =
      "\"answers: [{value: 3.14, tolerance: 0.01}]\" or \"- min: 1\" and \"max: 5\"";

  private final QuizYamlFile file;

  QuizYamlNumbers(QuizYamlFile file) {
    this.file = file;
  }

  void numerical(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.NUMERICAL;
    List<YamlMapping> entries = yaml.mappingList("answers");
    for (YamlMapping entry : entries) {
      answer(entry, parts);
    }
    parts.incorrectFeedbackHtml =
        file.renderOptional(yaml, "feedback_incorrect", parts.draft::setFeedbackIncorrect);
    if (entries.isEmpty()) {
      file.noCorrectAnswer(yaml, "has no accepted numbers; add them as " + EXAMPLE);
    } else if (parts.choices.stream().noneMatch(c -> c.credit() >= 0.999_999)
        && !parts.choices.isEmpty()) {
      file.noCorrectAnswer(yaml, "has no answer worth full marks; leave out credit on one");
    }
  }

  private void answer(YamlMapping entry, QuizQuestionParts parts) {
    entry.rejectUnknownKeys(ANSWER_FIELDS);
    QuizNumberDraft form = parts.draft.addNumber();
    entry.text("value").ifPresent(form::setValue);
    entry.text("tolerance").ifPresent(form::setTolerance);
    entry.text("min").ifPresent(form::setMin);
    entry.text("max").ifPresent(form::setMax);
    entry.text("credit").ifPresent(form::setCredit);
    String feedbackHtml = file.renderOptional(entry, "feedback", form::setFeedback);
    double credit = credit(entry);
    accepted(entry)
        .ifPresent(
            text ->
                parts.choices.add(
                    new Choice(
                        "o" + (parts.choices.size() + 1),
                        text,
                        NumberRange.label(text),
                        credit,
                        feedbackHtml)));
  }

  /** The credit as a fraction: 1 unless given, else its percentage from 0 to 100. */
  private double credit(YamlMapping entry) {
    Optional<BigDecimal> percent = number(entry, "credit");
    if (percent.isPresent()
        && (percent.get().signum() < 0 || percent.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      file.problem(
          entry.lineOfKey("credit"),
          "credit is a percentage from 0 to 100, such as 50, not " + percent.get());
      return 0;
    }
    return percent.map(p -> p.doubleValue() / 100).orElse(1.0);
  }

  /** The accepted numbers as a {@link NumberRange} text, or empty when any is reported. */
  private Optional<String> accepted(YamlMapping entry) {
    boolean range = entry.has("min") || entry.has("max");
    if (range && entry.has("value")) {
      file.problem(
          entry.lineOfKey(entry.has("min") ? "min" : "max"),
          "gives both a value and a range; write \"value:\" (with \"tolerance:\") or \"min:\" and"
              + " \"max:\", not both");
      return Optional.empty();
    }
    if (range) {
      Optional<BigDecimal> min = required(entry, "min");
      Optional<BigDecimal> max = required(entry, "max");
      if (entry.has("tolerance")) {
        file.problem(
            entry.lineOfKey("tolerance"), "tolerance goes with value, not with min and max");
        return Optional.empty();
      }
      if (min.isEmpty() || max.isEmpty()) {
        return Optional.empty();
      }
      if (min.get().compareTo(max.get()) > 0) {
        file.problem(entry.lineOfKey("max"), "max must not be below min; swap them");
        return Optional.empty();
      }
      return Optional.of(entry.text("min").get() + ".." + entry.text("max").get());
    }
    Optional<BigDecimal> value = required(entry, "value");
    Optional<BigDecimal> tolerance = number(entry, "tolerance");
    if (tolerance.isPresent() && tolerance.get().signum() < 0) {
      file.problem(
          entry.lineOfKey("tolerance"), "tolerance must be 0 or more, not " + tolerance.get());
      return Optional.empty();
    }
    if (value.isEmpty() || (entry.has("tolerance") && tolerance.isEmpty())) {
      return Optional.empty();
    }
    String text = entry.text("value").get();
    return Optional.of(tolerance.isEmpty() ? text : text + ":" + entry.text("tolerance").get());
  }

  private Optional<BigDecimal> required(YamlMapping entry, String key) {
    if (!entry.has(key) || entry.text(key).isEmpty()) {
      file.problem(
          entry.has(key) ? entry.lineOfKey(key) : entry.line(),
          key
              + " is missing; give each answer a value (such as \"value: 3.14\") or a range"
              + " (\"min: 1\" and \"max: 5\")");
      return Optional.empty();
    }
    return number(entry, key);
  }

  private Optional<BigDecimal> number(YamlMapping entry, String key) {
    Optional<String> text = entry.text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> number = NumberRange.decimal(text.get());
    if (number.isEmpty()) {
      file.problem(
          entry.lineOfKey(key),
          key + " must be a number such as 3.14, -2 or 0.5, not \"" + text.get() + "\"");
    }
    return number;
  }
}
