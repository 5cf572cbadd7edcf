package org.hearth.domain.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizGraderTest {

  private final QuizGrader grader = new QuizGrader();

  private static QuizAnswers answers(String question, String... values) {
    return new QuizAnswers(Map.of(question, List.of(values)));
  }

  private QuestionResult grade(Question question, QuizAnswers answers) {
    return grader.grade(question, answers);
  }

  @Test
  void singleChoiceEarnsTheChosenOptionsCreditAndItsFeedback() {
    QuestionResult right = grade(QuizSamples.single(), answers("q1", "o2"));
    assertEquals(2.0, right.earned());
    assertTrue(right.correct());
    assertEquals(List.of("<p>feedback o2</p>"), right.feedbackHtml());
    assertEquals("<p>why q1</p>", right.explanationHtml());

    QuestionResult half = grade(QuizSamples.single(), answers("q1", "o3"));
    assertEquals(1.0, half.earned());
    assertTrue(half.partlyCorrect());

    QuestionResult wrong = grade(QuizSamples.single(), answers("q1", "o1"));
    assertEquals(0.0, wrong.earned());
    assertEquals(List.of("<p>feedback o1</p>"), wrong.feedbackHtml());
  }

  @Test
  void anUnknownOrMissingOptionEarnsNothing() {
    assertEquals(0.0, grade(QuizSamples.single(), answers("q1", "o9")).earned());
    assertEquals(0.0, grade(QuizSamples.single(), QuizAnswers.NONE).earned());
  }

  @Test
  void allOrNothingNeedsExactlyTheCorrectOptions() {
    Question question = QuizSamples.multiple(Scoring.ALL_OR_NOTHING);
    assertEquals(1.0, grade(question, answers("q2", "o1", "o2")).credit());
    assertEquals(0.0, grade(question, answers("q2", "o1")).credit());
    assertEquals(0.0, grade(question, answers("q2", "o1", "o2", "o3")).credit());
  }

  @Test
  void partialCreditAddsChosenCreditsWithinZeroAndOne() {
    Question question = QuizSamples.multiple(Scoring.PARTIAL);
    assertEquals(1.0, grade(question, answers("q2", "o1", "o2")).credit());
    assertEquals(0.5, grade(question, answers("q2", "o1")).credit());
    assertEquals(0.5, grade(question, answers("q2", "o1", "o2", "o3")).credit());
    assertEquals(0.0, grade(question, answers("q2", "o1", "o2", "o3", "o4")).credit());
    assertEquals(0.0, grade(question, answers("q2", "o3", "o4")).credit(), "never below zero");
    assertEquals(2, grade(question, answers("q2", "o1", "o3")).feedbackHtml().size());
  }

  @Test
  void trueFalseIsASingleChoiceOfTwo() {
    assertTrue(grade(QuizSamples.trueFalse(), answers("q3", "true")).correct());
    QuestionResult wrong = grade(QuizSamples.trueFalse(), answers("q3", "false"));
    assertFalse(wrong.correct());
    assertEquals(List.of("<p>not so</p>"), wrong.feedbackHtml());
  }

  @Test
  void shortAnswersIgnoreCaseAndSpacingUnlessCaseMatters() {
    assertTrue(grade(QuizSamples.shortAnswer(false), answers("q4", "  reGulate ")).correct());
    assertEquals(0.5, grade(QuizSamples.shortAnswer(false), answers("q4", "Calm   Down")).credit());
    assertFalse(grade(QuizSamples.shortAnswer(true), answers("q4", "regulate")).correct());
    assertTrue(grade(QuizSamples.shortAnswer(true), answers("q4", "Regulate")).correct());
  }

  @Test
  void aShortAnswerThatMatchesNothingGetsTheIncorrectFeedback() {
    QuestionResult result = grade(QuizSamples.shortAnswer(false), answers("q4", "breathe"));
    assertEquals(0.0, result.credit());
    assertEquals(List.of("<p>try again</p>"), result.feedbackHtml());
  }

  @Test
  void aWildcardAnswerCatchesEveryOtherAnswerWithItsOwnCreditAndFeedbackButNotABlankOne() {
    Question question =
        new Question(
            "q9",
            QuestionType.SHORT_ANSWER,
            "<p>One word for how you feel</p>",
            1,
            List.of(
                new Choice("o1", "safe", "safe", 1, "<p>Glad to hear it.</p>"),
                new Choice("o2", "*", "*", 1, "<p>Anything is fine.</p>")),
            null,
            false,
            null,
            "",
            "");
    QuestionResult first = grade(question, answers("q9", "Safe"));
    assertEquals(List.of("<p>Glad to hear it.</p>"), first.feedbackHtml());
    QuestionResult other = grade(question, answers("q9", "tired 😔 but hopeful"));
    assertTrue(other.correct());
    assertEquals(List.of("<p>Anything is fine.</p>"), other.feedbackHtml());
    assertFalse(grade(question, answers("q9", "   ")).correct());
  }

  @Test
  void matchingCountsRowsRightWithPartialCredit() {
    Question question = QuizSamples.matching(Scoring.PARTIAL);
    QuizAnswers twoOfThree = answers("q5", "p1=seeks safety", "p2=sees clearly", "p3=seeks safety");
    assertEquals(2.0, grade(question, twoOfThree).earned());
    assertEquals(0.0, grade(QuizSamples.matching(Scoring.ALL_OR_NOTHING), twoOfThree).earned());
    assertEquals(
        3.0,
        grade(question, answers("q5", "p3=listens", "p1=seeks safety", "p2=sees clearly"))
            .earned());
  }

  @Test
  void orderingNeedsEveryItemInItsPlace() {
    Question question = QuizSamples.ordering(Scoring.ALL_OR_NOTHING);
    assertTrue(grade(question, answers("q6", "o1=1", "o2=2", "o3=3")).correct());
    assertFalse(grade(question, answers("q6", "o1=1", "o2=3", "o3=2")).correct());
    Question partial = QuizSamples.ordering(Scoring.PARTIAL);
    assertEquals(1.0 / 3, grade(partial, answers("q6", "o1=1", "o2=3", "o3=2")).credit(), 1e-9);
    assertEquals(
        0.0,
        grade(partial, answers("q6", "o1=1", "o2=1", "o3=3")).credit(),
        "two items in one place");
  }

  @Test
  void aQuizScoreIsThePointsEarnedAgainstThePassMark() {
    QuizDefinition quiz = QuizSamples.everyType();
    QuizAnswers answers =
        new QuizAnswers(
            Map.of(
                "q1", List.of("o2"),
                "q2", List.of("o1"),
                "q3", List.of("true"),
                "q4", List.of("regulate"),
                "q5", List.of("p1=seeks safety", "p2=sees clearly", "p3=listens"),
                "q6", List.of("o1=1", "o2=2", "o3=3")));

    QuizGrade grade = grader.grade(quiz, answers);

    assertEquals(9.0, grade.maxScore());
    assertEquals(8.5, grade.score());
    assertEquals(94.44, grade.percent());
    assertTrue(grade.passed());
    assertEquals(
        List.of("q1", "q2", "q3", "q4", "q5", "q6"),
        grade.results().stream().map(QuestionResult::key).toList());
  }

  @Test
  void belowThePassMarkFailsAndASelfCheckNeverPasses() {
    QuizDefinition quiz = QuizSamples.everyType();
    QuizGrade failed = grader.grade(quiz, answers("q1", "o2"));
    assertEquals(22.22, failed.percent());
    assertFalse(failed.passed());

    QuizDefinition selfCheck =
        new QuizDefinition(QuizKind.SELF_CHECK, 0, 0, false, false, quiz.questions());
    assertFalse(grader.grade(selfCheck, answers("q1", "o2")).passed());
  }
}
