package org.hearth.domain.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Grades answers against a quiz definition. Pure: the same answers always give the same grade. */
public final class QuizGrader {

  public QuizGrade grade(QuizDefinition quiz, QuizAnswers answers) {
    List<QuestionResult> results = new ArrayList<>();
    double score = 0;
    for (Question question : quiz.questions()) {
      QuestionResult result = grade(question, answers);
      results.add(result);
      score += result.earned();
    }
    double max = quiz.maxScore();
    double percent = max == 0 ? 0 : round2(score * 100 / max);
    boolean passed = quiz.graded() && percent >= quiz.passMark();
    return new QuizGrade(round2(score), round2(max), percent, passed, results);
  }

  QuestionResult grade(Question question, QuizAnswers answers) {
    List<String> feedback = new ArrayList<>();
    double credit =
        switch (question.type()) {
          case SINGLE_CHOICE, TRUE_FALSE -> single(question, answers, feedback);
          case MULTIPLE_CHOICE -> multiple(question, answers, feedback);
          case SHORT_ANSWER -> shortAnswer(question, answers, feedback);
          case MATCHING -> matching(question, answers);
          case ORDERING -> ordering(question, answers);
          case NUMERICAL -> numerical(question, answers, feedback);
        };
    credit = Math.max(0, Math.min(1, credit));
    if (credit == 0
        && feedback.stream().allMatch(String::isBlank)
        && !question.incorrectFeedbackHtml().isBlank()) {
      feedback.add(question.incorrectFeedbackHtml());
    }
    feedback.removeIf(String::isBlank);
    return new QuestionResult(
        question.key(),
        credit,
        round2(credit * question.points()),
        question.points(),
        feedback,
        question.explanationHtml());
  }

  private static double single(Question question, QuizAnswers answers, List<String> feedback) {
    Optional<Choice> chosen = answers.first(question.key()).flatMap(key -> choice(question, key));
    chosen.ifPresent(choice -> feedback.add(choice.feedbackHtml()));
    return chosen.map(Choice::credit).orElse(0.0);
  }

  private static double multiple(Question question, QuizAnswers answers, List<String> feedback) {
    Set<String> selected = new HashSet<>(answers.values(question.key()));
    Set<String> correct = new HashSet<>();
    double sum = 0;
    for (Choice choice : question.choices()) {
      if (choice.correct()) {
        correct.add(choice.key());
      }
      if (selected.contains(choice.key())) {
        sum += choice.credit();
        feedback.add(choice.feedbackHtml());
      }
    }
    selected.retainAll(question.choices().stream().map(Choice::key).toList());
    if (question.scoring() == Scoring.ALL_OR_NOTHING) {
      return selected.equals(correct) ? 1 : 0;
    }
    return sum;
  }

  private static double shortAnswer(Question question, QuizAnswers answers, List<String> feedback) {
    Optional<String> typed =
        answers
            .first(question.key())
            .map(text -> normalise(text, question.caseSensitive()))
            .filter(text -> !text.isEmpty()); // a blank answer is no answer, even to "*"
    if (typed.isEmpty()) {
      return 0;
    }
    for (Choice accepted : question.choices()) {
      if (WildcardAnswer.matches(
          normalise(accepted.text(), question.caseSensitive()), typed.get())) {
        feedback.add(accepted.feedbackHtml());
        return accepted.credit();
      }
    }
    return 0;
  }

  /**
   * The best credit among the answers whose range holds the typed number, with that answer's
   * feedback; anything not a number earns nothing and a hint.
   */
  private static double numerical(Question question, QuizAnswers answers, List<String> feedback) {
    Optional<String> typed = answers.first(question.key());
    if (typed.isEmpty()) {
      return 0;
    }
    Optional<BigDecimal> number = TypedNumber.parse(typed.get());
    if (number.isEmpty()) {
      feedback.add(TypedNumber.HINT);
      return 0;
    }
    Choice best = null;
    for (Choice accepted : question.choices()) {
      boolean holds =
          NumberRange.parse(accepted.text()).filter(r -> r.contains(number.get())).isPresent();
      if (holds && (best == null || accepted.credit() > best.credit())) {
        best = accepted;
      }
    }
    if (best == null) {
      return 0;
    }
    feedback.add(best.feedbackHtml());
    return best.credit();
  }

  private static double matching(Question question, QuizAnswers answers) {
    if (question.pairs().isEmpty()) {
      return 0;
    }
    int right = 0;
    for (MatchPair pair : question.pairs()) {
      if (answers.keyed(question.key(), pair.key()).filter(pair.answer()::equals).isPresent()) {
        right++;
      }
    }
    return fraction(question, right, question.pairs().size());
  }

  private static double ordering(Question question, QuizAnswers answers) {
    List<Choice> items = question.choices();
    if (items.isEmpty()) {
      return 0;
    }
    Set<String> positionsUsed = new HashSet<>();
    int right = 0;
    for (int i = 0; i < items.size(); i++) {
      Optional<String> position = answers.keyed(question.key(), items.get(i).key());
      if (position.isPresent() && !positionsUsed.add(position.get())) {
        return 0; // two items in one place is no order at all
      }
      if (position.filter(String.valueOf(i + 1)::equals).isPresent()) {
        right++;
      }
    }
    return fraction(question, right, items.size());
  }

  private static double fraction(Question question, int right, int of) {
    if (question.scoring() == Scoring.PARTIAL) {
      return (double) right / of;
    }
    return right == of ? 1 : 0;
  }

  private static Optional<Choice> choice(Question question, String key) {
    return question.choices().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * Trims, folds runs of white space and, unless case matters, case; also unifies Unicode forms.
   */
  static String normalise(String text, boolean caseSensitive) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    return caseSensitive ? folded : folded.toLowerCase(Locale.ROOT);
  }

  private static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
