package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.content.GiftAnswers.Answer;
import org.hearth.infrastructure.content.GiftQuestionReader.Parts;

/**
 * Turns the parts of one GIFT question into a question of the right type: choice (single or, when
 * weights share the credit, multiple), matching, true-false or short answer, with each answer's
 * credit and feedback, reporting through its reader whatever is wrong and where.
 */
final class GiftQuestionBuilder {

  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
  private static final double FULL = 0.999_999;

  private final String name;
  private final String subject;
  private final Parts parts;
  private final int start;
  private final int problemsBefore;
  private final GiftQuestionReader reader;

  GiftQuestionBuilder(GiftQuestionReader reader, String name, Parts parts, int start) {
    this.reader = reader;
    this.problemsBefore = reader.problemCount();
    this.name = name;
    this.subject = GiftQuestionReader.subject(name);
    this.parts = parts;
    this.start = start;
  }

  Optional<Question> question(String key) {
    GiftText answers = parts.answers();
    if (answers.isBlank() && reader.graded()) {
      reader.unsupported(start, "essay", name, "empty answers {}");
      return Optional.empty();
    }
    String promptHtml =
        reader.html(parts.prompt(), parts.format()); // first, so problems come in file order
    List<Choice> choices = new ArrayList<>();
    List<MatchPair> pairs = new ArrayList<>();
    QuestionType type;
    Scoring scoring = Scoring.ALL_OR_NOTHING;
    if (answers.startsWith("#")) {
      type = numerical(answers, choices);
    } else if (answers.indexOf('~', 0) >= 0) {
      type = choice(answers, choices);
      scoring = type == QuestionType.MULTIPLE_CHOICE ? Scoring.PARTIAL : Scoring.ALL_OR_NOTHING;
    } else if (answers.indexOf('=', 0) >= 0 && answers.indexOf("->", 0) >= 0) {
      type = QuestionType.MATCHING;
      scoring = Scoring.PARTIAL;
      matching(answers, pairs);
    } else if (TRUE_FALSE.contains(GiftQuestionReader.before(answers, '#').strip().toString())) {
      type = QuestionType.TRUE_FALSE;
      trueFalse(answers, choices);
    } else {
      type = QuestionType.SHORT_ANSWER;
      if (!answers.isBlank()) { // blank: an essay in a self-check, a private reflection
        shortAnswer(answers, choices);
      }
    }
    if (reader.problemCount() > problemsBefore) {
      return Optional.empty();
    }
    String explanationHtml =
        parts.general() == null ? "" : reader.html(parts.general(), parts.format());
    return Optional.of(
        new Question(
            key, type, promptHtml, 1, choices, scoring, false, pairs, explanationHtml, ""));
  }

  /** {@code #3.14:0.01}, {@code #1..5}, {@code #=42 =%50%40..44}: see {@link GiftNumerical}. */
  private QuestionType numerical(GiftText answers, List<Choice> choices) {
    new GiftNumerical(answers.sub(1), this::problem, this::feedback, reader.graded()).read(choices);
    return QuestionType.NUMERICAL;
  }

  /**
   * {@code =right ~wrong ~%50%half}: single choice, or multiple choice when weights share the
   * credit.
   */
  private QuestionType choice(GiftText answers, List<Choice> choices) {
    List<Answer> list = answers(answers, "=~");
    if (list.size() < 2) {
      problem(
          parts.answersLine(),
          "needs at least two answers, each starting with = (right) or ~ (wrong)");
    }
    boolean anyRight = list.stream().anyMatch(a -> a.marker() == '=');
    double total = 0;
    int positive = 0;
    for (Answer answer : list) {
      double credit = answer.credit(answer.marker() == '=' ? 1 : 0);
      if (credit > 0) {
        positive++;
        total += credit;
      }
      GiftFormat.Marked text = GiftFormat.split(answer.text(), parts.format());
      if (text.text().isBlank()) {
        problem(answer.line(), "has an empty answer after " + answer.marker());
      }
      choices.add(
          new Choice(
              "o" + (choices.size() + 1),
              text.text().toString(),
              reader.html(text),
              credit,
              feedback(answer)));
    }
    boolean multiple = !anyRight && positive >= 1; // Moodle: no = answer means check boxes
    checkCredit(multiple, total, choices);
    return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
  }

  /** A graded choice question needs one right answer, or weights that add up to 100%. */
  private void checkCredit(boolean multiple, double total, List<Choice> choices) {
    if (reader.graded() && multiple && Math.abs(total - 1) > 0.01) {
      problem(
          parts.answersLine(),
          "gives its right answers weights that add up to "
              + GiftQuestionReader.percent(total)
              + "%; with no = it is multiple response, as in Moodle: weights must add up to 100%");
    } else if (reader.graded()
        && !multiple
        && choices.stream().noneMatch(c -> c.credit() >= FULL)) {
      problem(
          parts.answersLine(),
          "has no right answer; mark it with = (or give several right answers weights such as"
              + " ~%50%)");
    }
  }

  /** {@code =prompt -> match}, at least two pairs with different prompts. */
  private void matching(GiftText answers, List<MatchPair> pairs) {
    Map<String, String> matchByPrompt = new HashMap<>();
    List<Answer> list = answers(answers, "=");
    for (Answer answer : list) {
      GiftText body = answer.text();
      int arrow = body.indexOf("->", 0);
      if (arrow < 0) {
        problem(answer.line(), "has a pair without ->; write each pair as =prompt -> match");
        continue;
      }
      GiftFormat.Marked prompt = GiftFormat.split(body.sub(0, arrow), parts.format());
      String match = body.sub(arrow + 2).strip().toString();
      String promptText = prompt.text().toString().replaceAll("\\s+", " ");
      if (match.isBlank()) {
        problem(
            answer.line(), "has a pair with nothing after ->; write each pair as =prompt -> match");
      } else if (promptText.isBlank()) {
        reader.note(
            answer.line(),
            subject
                + " has an extra answer \""
                + match
                + "\" with no prompt; Hearth does not show extra answers, so it was left out");
      } else if (matchByPrompt.containsKey(promptText)) {
        problem(answer.line(), repeated(promptText, matchByPrompt.get(promptText), match));
      } else {
        matchByPrompt.put(promptText, match);
        pairs.add(new MatchPair("p" + (pairs.size() + 1), reader.html(prompt), match));
      }
    }
    if (list.size() < 2) {
      problem(parts.answersLine(), "needs at least two pairs, each written =prompt -> match");
    }
  }

  private static String repeated(String prompt, String earlier, String match) {
    return earlier.equals(match)
        ? "repeats the pair \"" + prompt + " -> " + match + "\"; keep one"
        : "repeats the prompt \""
            + prompt
            + "\" (matched with \""
            + earlier
            + "\" above); each prompt must appear once";
  }

  /** {@code T#feedback when wrong#feedback when right}, or F, TRUE, FALSE. */
  private void trueFalse(GiftText answers, List<Choice> choices) {
    int firstHash = answers.indexOf('#', 0);
    int secondHash = firstHash < 0 ? -1 : answers.indexOf('#', firstHash + 1);
    boolean answer = answers.toString().startsWith("T");
    String wrong = "";
    String right = "";
    if (firstHash >= 0) {
      wrong =
          reader.html(
              answers.sub(firstHash + 1, secondHash < 0 ? answers.length() : secondHash),
              parts.format());
    }
    if (secondHash >= 0) {
      right = reader.html(answers.sub(secondHash + 1), parts.format());
    }
    choices.add(new Choice("true", "True", "True", answer ? 1 : 0, answer ? right : wrong));
    choices.add(new Choice("false", "False", "False", answer ? 0 : 1, answer ? wrong : right));
  }

  /** {@code =answer =%50%half answer#feedback}: typed answers, compared ignoring case. */
  private void shortAnswer(GiftText answers, List<Choice> choices) {
    if (!answers.startsWith("=")) {
      problem(
          parts.answersLine(),
          "has answers that do not start with =; write a short answer as {=answer =another}, "
              + "a true-false one as {T} or {F}, or a choice question with = and ~");
      return;
    }
    for (Answer answer : answers(answers, "=")) {
      String text = GiftFormat.split(answer.text(), parts.format()).text().toString().strip();
      if (text.isEmpty()) {
        problem(answer.line(), "has an empty answer after =");
      }
      choices.add(
          new Choice(
              "o" + (choices.size() + 1),
              text,
              PlainText.toHtml(text),
              answer.credit(1),
              feedback(answer)));
    }
    if (reader.graded() && choices.stream().noneMatch(c -> c.credit() >= FULL)) {
      problem(
          parts.answersLine(),
          "has no answer worth full marks; write at least one answer as =answer, without a"
              + " weight");
    }
  }

  private List<Answer> answers(GiftText answers, String markers) {
    return GiftAnswers.split(answers, markers, this::problem);
  }

  private String feedback(Answer answer) {
    return answer.feedback() == null ? "" : reader.html(answer.feedback(), parts.format());
  }

  private void problem(int line, String message) {
    reader.problem(line, subject + " " + message);
  }
}
