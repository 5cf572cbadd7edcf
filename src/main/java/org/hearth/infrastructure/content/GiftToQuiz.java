package org.hearth.infrastructure.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.application.authoring.GiftQuestions;
import org.hearth.application.authoring.QuizNumberDraft;
import org.hearth.application.authoring.QuizOptionDraft;
import org.hearth.application.authoring.QuizPairDraft;
import org.hearth.application.authoring.QuizQuestionDraft;
import org.hearth.application.authoring.QuizTextDraft;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.Scoring;

/**
 * Reads GIFT text pasted into the quiz editor as editable questions. The text is read exactly as a
 * {@code .gift} file's questions are, with the same problems and notes, but each text comes out as
 * Markdown source instead of HTML. Where GIFT says more than Hearth's YAML can (a weight such as
 * {@code ~%50%}, feedback for each accepted answer, HTML), the question is kept as close as YAML
 * allows and a note says what changed.
 */
@ApplicationScoped
public class GiftToQuiz implements GiftQuestions {

  private static final double FULL = 0.999_999;
  private static final double SAME = 0.001;

  @Override
  public Reading read(String giftText, String path, boolean graded) {
    ProblemList problems = new ProblemList();
    SourceTexts texts = new SourceTexts();
    GiftQuestionReader reader = new GiftQuestionReader(path, graded, problems, texts);
    List<QuizQuestionDraft> questions = new ArrayList<>();
    for (GiftText block : GiftReader.questionTexts(giftText)) {
      texts.html = false;
      Optional<Question> question = reader.read(block, "q" + (questions.size() + 1));
      if (question.isPresent()) {
        Conversion conversion = new Conversion(path, block.strip().line(), problems);
        questions.add(conversion.draft(question.get()));
        if (texts.html) {
          conversion.note(
              "is written in HTML, which is now Markdown: its words, paragraphs and links are kept,"
                  + " but bold, italics, images and other formatting are not; check how it reads");
        }
      }
    }
    if (questions.isEmpty() && problems.isEmpty()) {
      problems.add(
          path,
          0,
          "has no questions Hearth can show; write at least one, such as \"Is water wet? {T}\"");
    }
    return new Reading(
        problems.isEmpty() ? questions : List.of(), problems.problems(), problems.notes());
  }

  /** Makes Markdown of each text, remembering whether any was HTML. */
  private static final class SourceTexts implements GiftQuestionReader.Texts {

    boolean html;

    @Override
    public String of(GiftFormat format, String text, int line) {
      return switch (format) {
        case MARKDOWN -> text;
        case PLAIN, MOODLE -> MarkdownSource.ofPlainText(text);
        case HTML -> {
          html = true;
          yield MarkdownSource.ofHtml(text);
        }
      };
    }
  }

  /**
   * Turns one question read from GIFT, its texts Markdown, into a draft, noting what YAML cannot
   * keep.
   */
  private record Conversion(String path, int line, ProblemList problems) {

    QuizQuestionDraft draft(Question question) {
      QuizQuestionDraft draft = new QuizQuestionDraft(question.type());
      draft.setPrompt(question.promptHtml());
      draft.setExplanation(question.explanationHtml());
      switch (question.type()) {
        case SINGLE_CHOICE -> single(question, draft);
        case MULTIPLE_CHOICE -> multiple(question, draft);
        case TRUE_FALSE -> trueFalse(question, draft);
        case SHORT_ANSWER -> shortAnswer(question, draft);
        case MATCHING -> {
          for (MatchPair pair : question.pairs()) {
            draft.getPairs().add(new QuizPairDraft(pair.promptHtml(), pair.answer()));
          }
        }
        case NUMERICAL -> numerical(question, draft);
        case ORDERING -> throw new IllegalStateException("GIFT has no ordering questions");
      }
      return draft;
    }

    private void single(Question question, QuizQuestionDraft draft) {
      for (Choice choice : question.choices()) {
        draft
            .getOptions()
            .add(
                new QuizOptionDraft(choice.html(), choice.credit() >= FULL, choice.feedbackHtml()));
      }
      if (question.choices().stream().anyMatch(c -> c.credit() != 0 && c.credit() < FULL)) {
        note(
            "gives some answers a weight (such as ~%50%), which Hearth's YAML has no place for: "
                + "each option is now right or wrong");
      }
      long right = question.choices().stream().filter(c -> c.credit() >= FULL).count();
      if (right > 1) {
        note(
            "has "
                + right
                + " right answers, but a single-choice question has one; "
                + "keep one, or make it a multiple-choice question");
      }
    }

    /**
     * GIFT's weights become YAML's partial scoring: each right option an equal share, each wrong
     * one as much taken away.
     */
    private void multiple(Question question, QuizQuestionDraft draft) {
      draft.setScoring(Scoring.PARTIAL);
      long right = question.choices().stream().filter(Choice::correct).count();
      double share = 1.0 / right;
      boolean changed = false;
      for (Choice choice : question.choices()) {
        draft
            .getOptions()
            .add(new QuizOptionDraft(choice.html(), choice.correct(), choice.feedbackHtml()));
        changed |= Math.abs(choice.credit() - (choice.correct() ? share : -share)) > SAME;
      }
      if (changed) {
        note(
            "weighs its answers in a way Hearth's YAML cannot: now each right option earns an equal"
                + " share of the points and each wrong one takes a share away");
      }
    }

    private void trueFalse(Question question, QuizQuestionDraft draft) {
      Choice isTrue = question.choices().get(0);
      Choice isFalse = question.choices().get(1);
      boolean answer = isTrue.correct();
      draft.setAnswer(answer);
      draft.setFeedbackCorrect((answer ? isTrue : isFalse).feedbackHtml());
      draft.setFeedbackIncorrect((answer ? isFalse : isTrue).feedbackHtml());
    }

    private void shortAnswer(Question question, QuizQuestionDraft draft) {
      List<Choice> accepted = question.choices().stream().filter(c -> c.credit() >= FULL).toList();
      List<Choice> partly = question.choices().stream().filter(c -> c.credit() < FULL).toList();
      for (Choice choice : accepted) {
        draft.getAnswers().add(new QuizTextDraft(choice.text()));
      }
      if (!partly.isEmpty()) {
        note(
            "gives "
                + quoted(partly)
                + " part of the points, which Hearth's YAML cannot: "
                + (partly.size() == 1 ? "it was" : "they were")
                + " left out, so "
                + (partly.size() == 1 ? "it earns" : "they earn")
                + " nothing now");
      }
      List<String> feedbacks =
          accepted.stream().map(Choice::feedbackHtml).filter(f -> !f.isBlank()).distinct().toList();
      if (!feedbacks.isEmpty()) {
        draft.setFeedbackCorrect(feedbacks.get(0));
      }
      if (feedbacks.size() > 1) {
        note(
            "has its own feedback for each accepted answer, but Hearth's YAML has one for them all:"
                + " the first was kept");
      }
    }

    /** Each accepted number as YAML writes it; a negative weight cannot be, and is noted. */
    private void numerical(Question question, QuizQuestionDraft draft) {
      for (Choice choice : question.choices()) {
        if (choice.credit() < 0) {
          note(
              "takes points away for \""
                  + choice.text()
                  + "\", which Hearth cannot: it was left out");
          continue;
        }
        QuizNumberDraft number = draft.addNumber();
        String text = choice.text();
        int dots = text.indexOf("..");
        int colon = text.indexOf(':');
        if (dots >= 0) {
          number.setMin(text.substring(0, dots));
          number.setMax(text.substring(dots + 2));
        } else {
          number.setValue(colon < 0 ? text : text.substring(0, colon));
          number.setTolerance(colon < 0 ? "" : text.substring(colon + 1));
        }
        if (choice.credit() < FULL) {
          number.setCredit(
              BigDecimal.valueOf(choice.credit() * 100).stripTrailingZeros().toPlainString());
        }
        number.setFeedback(choice.feedbackHtml());
      }
    }

    void note(String message) {
      problems.note(path, line, "this question " + message);
    }

    private static String quoted(List<Choice> choices) {
      return choices.stream().map(c -> "\"" + c.text() + "\"").collect(Collectors.joining(", "));
    }
  }
}
