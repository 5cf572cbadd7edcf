package org.hearth.application.authoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hearth.domain.quiz.NumberRange;
import org.hearth.domain.quiz.QuestionType;

/**
 * Writes a {@link QuizDocument} as {@code .quiz.yaml} text, keys in the order content/README.md
 * documents them and a blank line between questions, as hand-written quizzes are laid out. A key
 * holding its default is left out unless the source file spelled it out; the reader takes a missing
 * key as its default, so leaving it out changes nothing.
 */
final class QuizYamlWriter {

  private static final int QUESTION = 4;
  private static final int ENTRY = 8;

  private final StringBuilder out = new StringBuilder();

  private QuizYamlWriter() {}

  static String write(QuizDocument quiz) {
    QuizYamlWriter writer = new QuizYamlWriter();
    writer.settings(quiz);
    writer.questions(quiz.getQuestions());
    return writer.out.toString();
  }

  private void settings(QuizDocument quiz) {
    Set<String> spelled = quiz.spelledOut;
    text(0, "title", quiz.getTitle());
    value(0, "kind", QuizYamlNames.of(quiz.getKind()));
    if (quiz.getPassMark() != QuizDocument.DEFAULT_PASS_MARK || spelled.contains("pass_mark")) {
      value(0, "pass_mark", String.valueOf(quiz.getPassMark()));
    }
    if (quiz.getMaxAttempts() != 0 || spelled.contains("max_attempts")) {
      value(0, "max_attempts", String.valueOf(quiz.getMaxAttempts()));
    }
    flag(0, "shuffle_questions", quiz.isShuffleQuestions(), false, spelled);
    flag(0, "shuffle_options", quiz.isShuffleOptions(), false, spelled);
    flag(0, "required", quiz.isRequired(), true, spelled);
    if (quiz.getMinutes() != null) {
      value(0, "minutes", String.valueOf(quiz.getMinutes()));
    }
    optionalText(0, "intro", quiz.getIntro());
  }

  private void questions(List<QuizQuestionDraft> questions) {
    if (questions.isEmpty()) {
      out.append("questions: []\n");
      return;
    }
    out.append("questions:\n");
    for (int i = 0; i < questions.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      question(questions.get(i));
    }
  }

  private void question(QuizQuestionDraft question) {
    QuestionType type = question.getType();
    Set<String> spelled = question.spelledOut;
    out.append("  - type: ").append(QuizYamlNames.of(type)).append('\n');
    text(QUESTION, "prompt", question.getPrompt());
    BigDecimal points = question.getPoints();
    if (points.compareTo(BigDecimal.ONE) != 0 || spelled.contains("points")) {
      value(QUESTION, "points", points.toPlainString());
    }
    optionalText(QUESTION, "explanation", question.getExplanation());
    if (type == QuestionType.MULTIPLE_CHOICE
        || type == QuestionType.MATCHING
        || type == QuestionType.ORDERING) {
      if (question.getScoring() != QuizQuestionDraft.defaultScoring(type)
          || spelled.contains("scoring")) {
        value(QUESTION, "scoring", QuizYamlNames.of(question.getScoring()));
      }
    }
    switch (type) {
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(question.getOptions());
      case TRUE_FALSE -> {
        if (question.getAnswer() != null) {
          value(QUESTION, "answer", String.valueOf(question.getAnswer()));
        }
        feedbacks(question);
      }
      case SHORT_ANSWER -> {
        answers(question.getAnswers());
        flag(QUESTION, "case_sensitive", question.isCaseSensitive(), false, spelled);
        feedbacks(question);
      }
      case MATCHING -> pairs(question.getPairs());
      case ORDERING -> texts("items", question.getItems());
      case NUMERICAL -> {
        numbers(question.getNumbers());
        optionalText(QUESTION, "feedback_incorrect", question.getFeedbackIncorrect());
      }
    }
  }

  /**
   * Accepted numbers, each entry's keys in the README's order; a value is written even when empty
   * unless a range is, so no entry is left without a key.
   */
  private void numbers(List<QuizNumberDraft> numbers) {
    if (emptyList("answers", numbers)) {
      return;
    }
    for (QuizNumberDraft number : numbers) {
      boolean range = !number.getMin().isEmpty() || !number.getMax().isEmpty();
      String lead = "      - ";
      if (!range || !number.getValue().isEmpty()) {
        number(lead, "value", number.getValue());
        lead = " ".repeat(ENTRY);
      }
      String[][] rest = {
        {"tolerance", number.getTolerance()},
        {"min", number.getMin()},
        {"max", number.getMax()},
        {"credit", number.getCredit()}
      };
      for (String[] field : rest) {
        if (!field[1].isEmpty()) {
          number(lead, field[0], field[1]);
          lead = " ".repeat(ENTRY);
        }
      }
      if (!number.getFeedback().isEmpty()) {
        YamlScalar.append(out, lead + "feedback:", number.getFeedback(), ENTRY + 2);
      }
    }
  }

  /** A number as written: plain when it is a plain decimal, else quoted as any text. */
  private void number(String lead, String key, String text) {
    if (NumberRange.decimal(text).isPresent()) {
      out.append(lead).append(key).append(": ").append(text).append('\n');
    } else {
      YamlScalar.append(out, lead + key + ":", text, ENTRY + 2);
    }
  }

  private void options(List<QuizOptionDraft> options) {
    if (emptyList("options", options)) {
      return;
    }
    for (QuizOptionDraft option : options) {
      YamlScalar.append(out, "      - text:", option.getText(), ENTRY + 2);
      if (option.isCorrect()) {
        value(ENTRY, "correct", "true");
      }
      optionalText(ENTRY, "feedback", option.getFeedback());
    }
  }

  private void pairs(List<QuizPairDraft> pairs) {
    if (emptyList("pairs", pairs)) {
      return;
    }
    for (QuizPairDraft pair : pairs) {
      YamlScalar.append(out, "      - prompt:", pair.getPrompt(), ENTRY + 2);
      text(ENTRY, "match", pair.getMatch());
    }
  }

  /**
   * Accepted answers: a lone one as a single text (none when it is blank), several as a list whose
   * entries have their spaces run together. That is how the reader takes each form, so reading the
   * file back changes nothing.
   */
  private void answers(List<QuizTextDraft> answers) {
    if (answers.isEmpty()) {
      return;
    }
    if (answers.size() == 1) {
      optionalText(
          QUESTION, "answers", answers.get(0).getText().isBlank() ? "" : answers.get(0).getText());
      return;
    }
    out.append(" ".repeat(QUESTION)).append("answers:\n");
    for (QuizTextDraft answer : answers) {
      YamlScalar.append(out, "      -", answer.getText().strip().replaceAll("\\s+", " "), ENTRY);
    }
  }

  private void texts(String key, List<QuizTextDraft> texts) {
    if (emptyList(key, texts)) {
      return;
    }
    for (QuizTextDraft text : texts) {
      YamlScalar.append(out, "      -", text.getText(), ENTRY);
    }
  }

  private void feedbacks(QuizQuestionDraft question) {
    optionalText(QUESTION, "feedback_correct", question.getFeedbackCorrect());
    optionalText(QUESTION, "feedback_incorrect", question.getFeedbackIncorrect());
  }

  /** Writes the list's key; true (and "[]") when the list is empty. */
  private boolean emptyList(String key, List<?> list) {
    out.append(" ".repeat(QUESTION)).append(key).append(list.isEmpty() ? ": []\n" : ":\n");
    return list.isEmpty();
  }

  private void text(int indent, String key, String text) {
    YamlScalar.append(out, " ".repeat(indent) + key + ":", text, indent + 2);
  }

  private void optionalText(int indent, String key, String text) {
    if (!text.isEmpty()) {
      text(indent, key, text);
    }
  }

  /** A word or number, which never needs quoting. */
  private void value(int indent, String key, String value) {
    out.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
  }

  private void flag(
      int indent, String key, boolean value, boolean defaultValue, Set<String> spelled) {
    if (value != defaultValue || spelled.contains(key)) {
      value(indent, key, String.valueOf(value));
    }
  }
}
