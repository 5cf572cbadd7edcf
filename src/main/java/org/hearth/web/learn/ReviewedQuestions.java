package org.hearth.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.application.quiz.QuizService.AttemptReview;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionResult;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;

/** The rows of a reviewed attempt, as the quiz page's results show them, question by question. */
final class ReviewedQuestions {

  private ReviewedQuestions() {}

  /** One question of a reviewed attempt, as the results show it. */
  public record ReviewedQuestion(
      int number,
      String promptHtml,
      List<String> answerHtml,
      String status,
      String statusClass,
      String points,
      List<String> feedbackHtml,
      String explanationHtml) {}

  /** What the results say of one answer, and the class that colours it; empty for self-checks. */
  private record Verdict(String status, String cssClass) {
    static Verdict of(boolean graded, double credit) {
      if (!graded) {
        return new Verdict("", "");
      } else if (credit >= 0.999_999) {
        return new Verdict("Correct", "is-correct");
      } else if (credit > 0) {
        return new Verdict("Partly correct", "is-partial");
      }
      return new Verdict("Not quite", "is-incorrect");
    }
  }

  static List<ReviewedQuestion> of(QuizDefinition quiz, AttemptReview review) {
    List<ReviewedQuestion> questions = new ArrayList<>();
    int number = 0;
    for (Question question : quiz.questions()) {
      number++;
      QuestionResult result =
          review.feedback().results().stream()
              .filter(r -> r.key().equals(question.key()))
              .findFirst()
              .orElseThrow();
      double credit = review.credits().getOrDefault(question.key(), result.credit());
      Verdict verdict = Verdict.of(quiz.graded(), credit);
      String points =
          quiz.graded()
              ? QuizNumbers.percent(Math.round(credit * question.points() * 100) / 100.0)
                  + " of "
                  + QuizNumbers.points(question.points())
              : "";
      questions.add(
          new ReviewedQuestion(
              number,
              question.promptHtml(),
              yourAnswer(question, review.answers()),
              verdict.status(),
              verdict.cssClass(),
              points,
              result.feedbackHtml(),
              result.explanationHtml()));
    }
    return questions;
  }

  private static List<String> yourAnswer(Question question, QuizAnswers answers) {
    List<String> shown = new ArrayList<>();
    switch (question.type()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE -> {
        for (Choice choice : question.choices()) {
          if (answers.values(question.key()).contains(choice.key())) {
            shown.add(Inline.of(choice.html()));
          }
        }
      }
      case SHORT_ANSWER, NUMERICAL ->
          answers.first(question.key()).map(Inline::escape).ifPresent(shown::add);
      case MATCHING -> {
        for (MatchPair pair : question.pairs()) {
          answers
              .keyed(question.key(), pair.key())
              .ifPresent(
                  answer ->
                      shown.add(Inline.of(pair.promptHtml()) + " → " + Inline.escape(answer)));
        }
      }
      case ORDERING -> {
        Map<String, Choice> byKey = new java.util.HashMap<>();
        question.choices().forEach(c -> byKey.put(c.key(), c));
        question.choices().stream()
            .map(
                c ->
                    Map.entry(
                        answers
                            .keyed(question.key(), c.key())
                            .map(Integer::parseInt)
                            .orElse(Integer.MAX_VALUE),
                        c))
            .filter(e -> e.getKey() != Integer.MAX_VALUE)
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> shown.add(e.getKey() + ". " + Inline.of(e.getValue().html())));
      }
    }
    return shown;
  }
}
