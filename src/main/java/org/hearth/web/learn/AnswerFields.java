package org.hearth.web.learn;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizPaper.PaperOption;
import org.hearth.domain.quiz.QuizPaper.PaperQuestion;

/**
 * The quiz form's fields (quiz.xhtml reads them as {@code quizPage.answerFields}): what each is
 * named, which kind of input it is, and what the learner's saved answers fill in. Kept apart from
 * {@link QuizPage}, which decides what the page shows, so that the names here stay the ones {@link
 * QuizForm} reads back.
 */
public final class AnswerFields {

  private final Supplier<QuizAnswers> saved;

  /** {@code saved}: asked on each use, since a postback may change what the form shows. */
  AnswerFields(Supplier<QuizAnswers> saved) {
    this.saved = saved;
  }

  public String field(PaperQuestion question) {
    return QuizForm.field(question.key());
  }

  public String field(PaperQuestion question, PaperOption row) {
    return QuizForm.field(question.key(), row.key());
  }

  public boolean isMultiple(PaperQuestion question) {
    return question.type() == QuestionType.MULTIPLE_CHOICE;
  }

  public boolean isChoice(PaperQuestion question) {
    return switch (question.type()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> true;
      default -> false;
    };
  }

  public String type(PaperQuestion question) {
    return question.type().name();
  }

  /** "checked" when the saved answers chose this option; null leaves the attribute out. */
  public String checked(PaperQuestion question, PaperOption option) {
    return saved.get().values(question.key()).contains(option.key()) ? "checked" : null;
  }

  public String typed(PaperQuestion question) {
    return saved.get().first(question.key()).orElse("");
  }

  public String selected(PaperQuestion question, PaperOption row, String value) {
    return saved.get().keyed(question.key(), row.key()).filter(value::equals).isPresent()
        ? "selected"
        : null;
  }

  public List<String> positions(PaperQuestion question) {
    return IntStream.rangeClosed(1, question.options().size()).mapToObj(String::valueOf).toList();
  }
}
