package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.authoring.QuizOptionDraft;
import org.hearth.application.authoring.QuizTextDraft;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.YamlMapping.Located;

/**
 * Reads the answers of the question types a learner answers by choosing or typing (single,
 * multiple, true-false and short), and gives each choice its credit.
 */
final class QuizYamlChoices {

  private static final Set<String> OPTION_FIELDS = Set.of("text", "correct", "feedback");

  private final QuizYamlFile file;

  QuizYamlChoices(QuizYamlFile file) {
    this.file = file;
  }

  void single(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.SINGLE_CHOICE;
    List<OptionEntry> options = options(yaml, parts);
    List<OptionEntry> correct = options.stream().filter(OptionEntry::correct).toList();
    if (correct.size() > 1) {
      file.problem(
          correct.get(1).line(),
          "is a second correct option, but a single question has exactly one; use \"type:"
              + " multiple\" for several");
    }
    if (correct.isEmpty()) {
      file.noCorrectAnswer(
          yaml, "has no correct option; mark the right one with \"correct: true\"");
    }
    for (OptionEntry option : options) {
      parts.choices.add(option.choice(parts.choices.size() + 1, option.correct() ? 1 : 0));
    }
  }

  void multiple(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.MULTIPLE_CHOICE;
    parts.scoring = file.scoring(yaml, Scoring.ALL_OR_NOTHING, parts.draft);
    List<OptionEntry> options = options(yaml, parts);
    long correct = options.stream().filter(OptionEntry::correct).count();
    if (correct == 0) {
      file.noCorrectAnswer(
          yaml, "has no correct option; mark each right one with \"correct: true\"");
    }
    // Wrong options take away as much as right ones give, so ticking everything never earns full
    // credit.
    double share = correct == 0 ? 0 : 1.0 / correct;
    double wrong = parts.scoring == Scoring.PARTIAL ? -share : 0;
    for (OptionEntry option : options) {
      parts.choices.add(option.choice(parts.choices.size() + 1, option.correct() ? share : wrong));
    }
  }

  void trueFalse(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.TRUE_FALSE;
    int before = file.problemCount();
    Optional<Boolean> answer = yaml.trueOrFalse("answer");
    if (answer.isEmpty() && file.problemCount() == before) {
      file.noCorrectAnswer(yaml, "answer is missing; add \"answer: true\" or \"answer: false\"");
    }
    answer.ifPresent(parts.draft::setAnswer);
    String right = file.renderOptional(yaml, "feedback_correct", parts.draft::setFeedbackCorrect);
    String wrong =
        file.renderOptional(yaml, "feedback_incorrect", parts.draft::setFeedbackIncorrect);
    for (boolean value : new boolean[] {true, false}) {
      String label = value ? "True" : "False";
      boolean isAnswer = answer.isPresent() && answer.get() == value;
      String feedback = answer.isEmpty() ? "" : isAnswer ? right : wrong;
      parts.choices.add(
          new Choice(String.valueOf(value), label, label, isAnswer ? 1 : 0, feedback));
    }
  }

  void shortAnswer(YamlMapping yaml, QuizQuestionParts parts) {
    parts.type = QuestionType.SHORT_ANSWER;
    List<String> answers = yaml.textList("answers");
    if (answers.isEmpty()) {
      file.noCorrectAnswer(
          yaml,
          "has no accepted answers; add them as a list such as \"answers: [regulate,"
              + " regulation]\"");
    }
    Optional<Boolean> caseSensitive = yaml.trueOrFalse("case_sensitive");
    parts.caseSensitive = caseSensitive.orElse(false);
    if (caseSensitive.isPresent()) {
      parts.draft.setCaseSensitive(parts.caseSensitive);
      parts.draft.keepSpelledOut("case_sensitive");
    }
    String right = file.renderOptional(yaml, "feedback_correct", parts.draft::setFeedbackCorrect);
    parts.incorrectFeedbackHtml =
        file.renderOptional(yaml, "feedback_incorrect", parts.draft::setFeedbackIncorrect);
    YamlRawText.list(yaml, "answers", true)
        .forEach(answer -> parts.draft.getAnswers().add(new QuizTextDraft(answer)));
    for (String answer : answers) {
      parts.choices.add(
          new Choice("o" + (parts.choices.size() + 1), answer, PlainText.toHtml(answer), 1, right));
    }
  }

  private List<OptionEntry> options(YamlMapping yaml, QuizQuestionParts parts) {
    List<OptionEntry> options = new ArrayList<>();
    List<YamlMapping> entries = yaml.mappingList("options");
    for (YamlMapping entry : entries) {
      entry.rejectUnknownKeys(OPTION_FIELDS);
      QuizOptionDraft form = parts.draft.addOption();
      Optional<Located> text = entry.requiredLocated("text");
      entry.raw("text").ifPresent(form::setText);
      boolean correct = entry.yesNo("correct", false);
      form.setCorrect(correct);
      String feedbackHtml = file.renderOptional(entry, "feedback", form::setFeedback);
      text.ifPresent(
          t ->
              options.add(
                  new OptionEntry(
                      t.text(),
                      file.render(t),
                      correct,
                      feedbackHtml,
                      entry.lineOfKey("correct"))));
    }
    if (entries.size() < 2) {
      file.problem(
          yaml.lineOfKey("options"),
          "options needs at least two options, each written \"- text: …\"; this question has "
              + entries.size());
    }
    return options;
  }

  /** An option as written, before its credit is known. */
  private record OptionEntry(
      String text, String html, boolean correct, String feedbackHtml, int line) {

    Choice choice(int number, double credit) {
      return new Choice("o" + number, text, html, credit, feedbackHtml);
    }
  }
}
