package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;
import org.hearth.infrastructure.markdown.HtmlSanitizer;

/**
 * Reads one GIFT question, as Moodle's importer does: an optional {@code ::name::}, the question
 * text, and its answers between braces. Syntax errors are problems; question types Hearth cannot
 * show (numerical, essay, description) are notes, and the question is skipped.
 */
final class GiftQuestionReader {

  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
  private static final Pattern WEIGHT = Pattern.compile("%[^%\\n]{0,12}%");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{1,9})?");
  private static final double FULL = 0.999_999;
  private static final String SUPPORTED =
      "Hearth reads choice, true-false, short-answer and matching questions from GIFT";

  private final String path;
  private final boolean graded;
  private final ProblemList problems;
  private final Texts texts;

  /** A reader whose questions hold sanitised HTML, as learners see it. */
  GiftQuestionReader(String path, boolean graded, ProblemList problems, QuizMarkdown markdown) {
    this(
        path,
        graded,
        problems,
        (format, text, line) ->
            switch (format) {
              case MARKDOWN -> markdown.render(text, line);
              case HTML -> HtmlSanitizer.sanitize(text);
              case PLAIN, MOODLE -> PlainText.toHtml(text);
            });
  }

  /**
   * A reader whose questions hold whatever {@code texts} makes of each text, such as Markdown
   * source for the editor.
   */
  GiftQuestionReader(String path, boolean graded, ProblemList problems, Texts texts) {
    this.path = path;
    this.graded = graded;
    this.problems = problems;
    this.texts = texts;
  }

  /**
   * Turns a text of a question (prompt, answer, feedback, explanation) in its GIFT format into what
   * the question holds. Short answers and matching answers are plain text and do not come here.
   */
  @FunctionalInterface
  interface Texts {

    /**
     * @param line the file line the text starts on, for problems such as a broken link
     */
    String of(GiftFormat format, String text, int line);
  }

  /** The question, or empty when it was skipped or reported. */
  Optional<Question> read(GiftText source, String key) {
    GiftText text = source.strip();
    if (text.isBlank()) {
      return Optional.empty();
    }
    int start = text.line();
    String name = "";
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end < 0) {
        problems.add(
            path,
            text.line(),
            "starts a question name with :: but never ends it; write the name as ::name::");
        return Optional.empty();
      }
      name = text.sub(2, end).toString().strip();
      text = text.sub(end + 2).strip();
    }
    Parts parts = split(text, name, start);
    return parts == null ? Optional.empty() : new Reading(name, parts, start).question(key);
  }

  /** Finds the answer block and general feedback, or reports why the question has none. */
  private Parts split(GiftText text, String name, int start) {
    String subject = subject(name);
    int open = text.indexOf('{', 0);
    int close = text.indexOf('}', 0);
    if (open < 0 && close < 0) {
      unsupported(start, "description", name, "text without answers in {…}");
      return null;
    }
    if (close >= 0 && (open < 0 || close < open)) {
      problems.add(
          path,
          text.lineAt(close),
          subject + " has a } with no { before it; write \\} for a brace in the text");
      return null;
    }
    if (close < 0) {
      problems.add(
          path,
          text.lineAt(open),
          subject + " opens its answers with { but never closes them with }");
      return null;
    }
    int inner = text.indexOf('{', open + 1);
    if (inner >= 0 && inner < close) {
      problems.add(
          path,
          text.lineAt(inner),
          subject
              + " has a { inside its answers; close the answers with } first, or write \\{ for a"
              + " brace");
      return null;
    }
    GiftText after = text.sub(close + 1);
    int stray = firstOf(after, '{', '}');
    if (stray >= 0) {
      problems.add(
          path,
          after.lineAt(stray),
          subject
              + " has a second "
              + after.charAt(stray)
              + " after its answers; a question has one {…} block, and \\{ \\} write braces in the"
              + " text");
      return null;
    }
    GiftText answers = text.sub(open + 1, close);
    GiftText general = null;
    int generalAt = answers.lastIndexOf("####");
    if (generalAt >= 0) {
      general = answers.sub(generalAt + 4);
      answers = answers.sub(0, generalAt);
    }
    GiftFormat.Marked head = GiftFormat.split(text.sub(0, open), GiftFormat.MOODLE);
    GiftText prompt = head.text();
    if (!after.isBlank()) {
      // Moodle's missing-word form: "Grant is {~buried =entombed} in Grant's tomb."
      prompt = text.sub(0, open).append(text.literal(head.format().blank())).append(after);
      prompt = GiftFormat.split(prompt, GiftFormat.MOODLE).text();
    }
    if (prompt.isBlank()) {
      problems.add(
          path, text.lineAt(open), subject + " has no question text before its answers {…}");
      return null;
    }
    return new Parts(head.format(), prompt, answers.strip(), general, text.lineAt(open));
  }

  /** A question taken apart: its format, text, answers and general feedback. */
  private record Parts(
      GiftFormat format, GiftText prompt, GiftText answers, GiftText general, int answersLine) {}

  /** Turns the parts of one question into a question of the right type. */
  private final class Reading {

    private final String name;
    private final String subject;
    private final Parts parts;
    private final int start;
    private final int problemsBefore = problemCount();

    Reading(String name, Parts parts, int start) {
      this.name = name;
      this.subject = subject(name);
      this.parts = parts;
      this.start = start;
    }

    Optional<Question> question(String key) {
      GiftText answers = parts.answers();
      if (answers.isBlank()) {
        unsupported(start, "essay", name, "empty answers {}");
        return Optional.empty();
      }
      if (answers.charAt(0) == '#' && !answers.escapedAt(0)) {
        unsupported(start, "numerical", name, "{#…}");
        return Optional.empty();
      }
      String promptHtml =
          html(parts.prompt(), parts.format()); // first, so problems come in file order
      List<Choice> choices = new ArrayList<>();
      List<MatchPair> pairs = new ArrayList<>();
      QuestionType type;
      Scoring scoring = Scoring.ALL_OR_NOTHING;
      if (answers.indexOf('~', 0) >= 0) {
        type = choice(answers, choices);
        scoring = type == QuestionType.MULTIPLE_CHOICE ? Scoring.PARTIAL : Scoring.ALL_OR_NOTHING;
      } else if (answers.indexOf('=', 0) >= 0 && answers.indexOf("->", 0) >= 0) {
        type = QuestionType.MATCHING;
        scoring = Scoring.PARTIAL;
        matching(answers, pairs);
      } else if (TRUE_FALSE.contains(before(answers, '#').strip().toString())) {
        type = QuestionType.TRUE_FALSE;
        trueFalse(answers, choices);
      } else {
        type = QuestionType.SHORT_ANSWER;
        shortAnswer(answers, choices);
      }
      if (problemCount() > problemsBefore) {
        return Optional.empty();
      }
      String explanationHtml = parts.general() == null ? "" : html(parts.general(), parts.format());
      return Optional.of(
          new Question(
              key, type, promptHtml, 1, choices, scoring, false, pairs, explanationHtml, ""));
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
                html(text),
                credit,
                feedback(answer)));
      }
      boolean multiple = !anyRight && positive >= 2;
      if (graded && multiple && Math.abs(total - 1) > 0.01) {
        problem(
            parts.answersLine(),
            "gives its right answers weights that add up to "
                + percent(total)
                + "%; with several right answers (~%50% …) the weights must add up to 100%");
      } else if (graded && !multiple && choices.stream().noneMatch(c -> c.credit() >= FULL)) {
        problem(
            parts.answersLine(),
            "has no right answer; mark it with = (or give several right answers weights such as"
                + " ~%50%)");
      }
      return multiple ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
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
              answer.line(),
              "has a pair with nothing after ->; write each pair as =prompt -> match");
        } else if (promptText.isBlank()) {
          problems.note(
              path,
              answer.line(),
              subject
                  + " has an extra answer \""
                  + match
                  + "\" with no prompt; Hearth does not show extra answers, so it was left out");
        } else if (matchByPrompt.containsKey(promptText)) {
          String earlier = matchByPrompt.get(promptText);
          problem(
              answer.line(),
              earlier.equals(match)
                  ? "repeats the pair \"" + promptText + " -> " + match + "\"; keep one"
                  : "repeats the prompt \""
                      + promptText
                      + "\" (matched with \""
                      + earlier
                      + "\" above); each prompt must appear once");
        } else {
          matchByPrompt.put(promptText, match);
          pairs.add(new MatchPair("p" + (pairs.size() + 1), html(prompt), match));
        }
      }
      if (list.size() < 2) {
        problem(parts.answersLine(), "needs at least two pairs, each written =prompt -> match");
      }
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
            html(
                answers.sub(firstHash + 1, secondHash < 0 ? answers.length() : secondHash),
                parts.format());
      }
      if (secondHash >= 0) {
        right = html(answers.sub(secondHash + 1), parts.format());
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
      if (graded && choices.stream().noneMatch(c -> c.credit() >= FULL)) {
        problem(
            parts.answersLine(),
            "has no answer worth full marks; write at least one answer as =answer, without a"
                + " weight");
      }
    }

    /** Splits answers at each unescaped marker; text before the first marker is a problem. */
    private List<Answer> answers(GiftText answers, String markers) {
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < answers.length(); i++) {
        if (markers.indexOf(answers.charAt(i)) >= 0 && !answers.escapedAt(i)) {
          starts.add(i);
        }
      }
      int firstStart = starts.isEmpty() ? answers.length() : starts.get(0);
      if (!answers.sub(0, firstStart).isBlank()) {
        problem(
            answers.line(),
            "has text before its first answer; start every answer with "
                + String.join(" or ", markers.split("")));
      }
      List<Answer> list = new ArrayList<>();
      for (int n = 0; n < starts.size(); n++) {
        int start = starts.get(n);
        int end = n + 1 < starts.size() ? starts.get(n + 1) : answers.length();
        list.add(
            answer(
                answers.charAt(start), answers.sub(start + 1, end).strip(), answers.lineAt(start)));
      }
      return list;
    }

    /** One answer: its weight ({@code %50%}), text and feedback ({@code #…}). */
    private Answer answer(char marker, GiftText body, int line) {
      Double weight = null;
      var weightText = WEIGHT.matcher(body.toString());
      if (body.startsWith("%") && weightText.lookingAt()) {
        String number = weightText.group().substring(1, weightText.group().length() - 1).strip();
        if (!NUMBER.matcher(number).matches() || Math.abs(Double.parseDouble(number)) > 100) {
          problem(
              line,
              "has the weight %"
                  + number
                  + "%; a weight is a percentage from -100 to 100, such as %50% or %-25%");
        } else {
          weight = Double.parseDouble(number) / 100;
        }
        body = body.sub(weightText.end());
      }
      int hash = body.indexOf('#', 0);
      GiftText text = hash < 0 ? body : body.sub(0, hash);
      GiftText feedback = hash < 0 ? null : body.sub(hash + 1);
      return new Answer(marker, weight, text.strip(), feedback, line);
    }

    private String feedback(Answer answer) {
      return answer.feedback() == null ? "" : html(answer.feedback(), parts.format());
    }

    private void problem(int line, String message) {
      problems.add(path, line, subject + " " + message);
    }
  }

  /** One answer as written. */
  private record Answer(char marker, Double weight, GiftText text, GiftText feedback, int line) {

    double credit(double unweighted) {
      return weight == null ? unweighted : weight;
    }
  }

  private String html(GiftText text, GiftFormat inherited) {
    return html(GiftFormat.split(text, inherited));
  }

  private String html(GiftFormat.Marked marked) {
    return texts.of(marked.format(), marked.text().toString(), marked.text().line());
  }

  private void unsupported(int line, String type, String name, String form) {
    String named = name.isEmpty() ? "" : " \"" + name + "\"";
    problems.note(
        path,
        line,
        "unsupported " + type + " question" + named + " (" + form + ") skipped; " + SUPPORTED);
  }

  private int problemCount() {
    return problems.problems().size();
  }

  private static String subject(String name) {
    return name.isEmpty() ? "this question" : "question \"" + name + "\"";
  }

  private static GiftText before(GiftText text, char c) {
    int at = text.indexOf(c, 0);
    return at < 0 ? text : text.sub(0, at);
  }

  private static int firstOf(GiftText text, char a, char b) {
    int first = text.indexOf(a, 0);
    int second = text.indexOf(b, 0);
    if (first < 0) {
      return second;
    }
    return second < 0 ? first : Math.min(first, second);
  }

  private static String percent(double fraction) {
    double value = Math.round(fraction * 10_000) / 100.0;
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
