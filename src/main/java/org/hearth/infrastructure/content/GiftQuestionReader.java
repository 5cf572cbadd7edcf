package org.hearth.infrastructure.content;

import java.util.Optional;
import org.hearth.domain.quiz.Question;
import org.hearth.infrastructure.markdown.HtmlSanitizer;

/**
 * Reads one GIFT question, as Moodle's importer does: an optional {@code ::name::}, the question
 * text, and its answers between braces. Syntax errors are problems; question types Hearth cannot
 * show (essay, description) are notes, and the question is skipped.
 */
final class GiftQuestionReader {

  private static final String SUPPORTED =
      "Hearth reads choice, true-false, short-answer, numerical and matching questions from GIFT";

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
    return parts == null
        ? Optional.empty()
        : new GiftQuestionBuilder(this, name, parts, start).question(key);
  }

  /** Finds the answer block and general feedback, or reports why the question has none. */
  private Parts split(GiftText text, String name, int start) {
    String subject = subject(name);
    int open = text.indexOf('{', 0);
    int close = text.indexOf('}', 0);
    if (!oneAnswerBlock(text, name, start, open, close)) {
      return null;
    }
    GiftText after = text.sub(close + 1);
    if (hasStrayBrace(after, subject)) {
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

  /**
   * Whether the text has exactly one {@code {…}} answer block with nothing nested in it; what is
   * wrong is reported otherwise.
   */
  private boolean oneAnswerBlock(GiftText text, String name, int start, int open, int close) {
    String subject = subject(name);
    if (open < 0 && close < 0) {
      unsupported(start, "description", name, "text without answers in {…}");
      return false;
    }
    if (close >= 0 && (open < 0 || close < open)) {
      problems.add(
          path,
          text.lineAt(close),
          subject + " has a } with no { before it; write \\} for a brace in the text");
      return false;
    }
    if (close < 0) {
      problems.add(
          path,
          text.lineAt(open),
          subject + " opens its answers with { but never closes them with }");
      return false;
    }
    int inner = text.indexOf('{', open + 1);
    if (inner >= 0 && inner < close) {
      problems.add(
          path,
          text.lineAt(inner),
          subject
              + " has a { inside its answers; close the answers with } first, or write \\{ for a"
              + " brace");
      return false;
    }
    return true;
  }

  /** Whether a brace follows the answer block; it is reported if so. */
  private boolean hasStrayBrace(GiftText after, String subject) {
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
      return true;
    }
    return false;
  }

  /** A question taken apart: its format, text, answers and general feedback. */
  record Parts(
      GiftFormat format, GiftText prompt, GiftText answers, GiftText general, int answersLine) {}

  String html(GiftText text, GiftFormat inherited) {
    return html(GiftFormat.split(text, inherited));
  }

  String html(GiftFormat.Marked marked) {
    return texts.of(marked.format(), marked.text().toString(), marked.text().line());
  }

  void unsupported(int line, String type, String name, String form) {
    String named = name.isEmpty() ? "" : " \"" + name + "\"";
    problems.note(
        path,
        line,
        "unsupported " + type + " question" + named + " (" + form + ") skipped; " + SUPPORTED);
  }

  boolean graded() {
    return graded;
  }

  /** Reports a problem at {@code line} of this file. */
  void problem(int line, String message) {
    problems.add(path, line, message);
  }

  /** Notes something changed or skipped at {@code line} of this file. */
  void note(int line, String message) {
    problems.note(path, line, message);
  }

  int problemCount() {
    return problems.problems().size();
  }

  static String subject(String name) {
    return name.isEmpty() ? "this question" : "question \"" + name + "\"";
  }

  static GiftText before(GiftText text, char c) {
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

  static String percent(double fraction) {
    double value = Math.round(fraction * 10_000) / 100.0;
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
