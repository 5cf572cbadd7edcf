package org.hearth.infrastructure.content;

import java.util.List;
import java.util.function.Function;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.NumberRange;
import org.hearth.infrastructure.content.GiftAnswers.Answer;

/**
 * The answers of a GIFT numerical question, as Moodle reads them: after {@code #}, one answer
 * ({@code 42}, {@code 3.14:0.01} with a tolerance, {@code 1..5} a range) or several, each after
 * {@code =} with an optional weight ({@code =%50%3.1:0.1}) and feedback ({@code #…}).
 */
final class GiftNumerical {

  private static final double FULL = 0.999_999;
  private static final String FORMS =
      "write a number as 42, 3.14:0.01 (with a tolerance) or 1..5 (a range), a decimal point"
          + " and no exponent";

  private final GiftText answers;
  private final GiftAnswers.Problems problems;
  private final Function<Answer, String> feedback;
  private final boolean graded;

  /**
   * @param answers what follows the {@code #}
   * @param feedback renders an answer's feedback as the question's other texts
   */
  GiftNumerical(
      GiftText answers,
      GiftAnswers.Problems problems,
      Function<Answer, String> feedback,
      boolean graded) {
    this.answers = answers.strip();
    this.problems = problems;
    this.feedback = feedback;
    this.graded = graded;
  }

  void read(List<Choice> choices) {
    List<Answer> list =
        answers.startsWith("=")
            ? GiftAnswers.split(answers, "=", problems)
            : List.of(GiftAnswers.answer('=', answers, answers.line(), problems));
    for (Answer answer : list) {
      String text = answer.text().toString().strip();
      if (NumberRange.parse(text).isEmpty()) {
        problems.report(
            answer.line(),
            text.isEmpty()
                ? "has an empty numerical answer; " + FORMS
                : "has the numerical answer \"" + text + "\", which is not a number; " + FORMS);
        continue;
      }
      choices.add(
          new Choice(
              "o" + (choices.size() + 1),
              text,
              NumberRange.label(text),
              answer.credit(1),
              feedback.apply(answer)));
    }
    if (graded && !choices.isEmpty() && choices.stream().noneMatch(c -> c.credit() >= FULL)) {
      problems.report(
          answers.line(),
          "has no answer worth full marks; write at least one answer without a weight");
    }
  }
}
