package org.hearth.domain.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericalGradingTest {

  /** π within 0.01 for full credit, anything from 1 to 5 for half, with feedback for each. */
  private static final Question PI =
      new Question(
          "q1",
          QuestionType.NUMERICAL,
          "<p>π to two places?</p>",
          2,
          List.of(
              new Choice("o1", "3.14:0.01", "3.14 ± 0.01", 1, "<p>Right.</p>"),
              new Choice("o2", "1..5", "1 to 5", 0.5, "<p>In the right area.</p>"),
              new Choice("o3", "-3.14:0", "-3.14", 0.25, "<p>Mind the sign.</p>")),
          Scoring.ALL_OR_NOTHING,
          false,
          List.of(),
          "",
          "<p>Not quite.</p>");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3.14|1.0",
        "3.13|1.0", // exactly at the lower edge of the tolerance
        "3.15|1.0", // exactly at the upper edge
        "3.150000001|0.5",
        "3.129999|0.5",
        "1|0.5", // exactly the range's minimum
        "5|0.5", // exactly its maximum
        "5.0001|0.0",
        "0.9999|0.0",
        "-3.14|0.25",
        "-3.141|0.0"
      })
  void theBestAnswerWhoseNumbersHoldTheTypedOneGivesTheCredit(String typed, double credit) {
    assertEquals(credit, result(typed).credit());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"3,14", " 3.14 ", "+3.14", "3.140", "３.１４", "3,15", "3.13\u00a0", "+ 3.14"})
  void aNumberIsReadLeniently(String typed) {
    assertEquals(1.0, result(typed).credit(), typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u22123.14", "-3.14", "- 3.14", "\u2212 3,14"})
  void aMinusMayBeTheUnicodeOne(String typed) {
    assertEquals(0.25, result(typed).credit(), typed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pi",
        "3.14.1",
        "3,1,4",
        "1e0",
        "3 14",
        "--3",
        "+-3",
        "3-",
        ".",
        "-",
        "0x3",
        "3.14abc",
        "NaN",
        "Infinity",
        "١٢"
      })
  void anythingThatIsNotANumberIsWrongWithAHint(String typed) {
    QuestionResult result = result(typed);

    assertEquals(0.0, result.credit(), typed);
    assertEquals(List.of(TypedNumber.HINT), result.feedbackHtml(), typed);
  }

  @Test
  void theFeedbackOfTheAnswerGivenIsShownAndTheQuestionsOwnWhenNoneMatches() {
    assertEquals(List.of("<p>Right.</p>"), result("3.14").feedbackHtml());
    assertEquals(List.of("<p>In the right area.</p>"), result("2").feedbackHtml());
    assertEquals(List.of("<p>Not quite.</p>"), result("100").feedbackHtml());
  }

  @Test
  void aBlankAnswerIsNoAnswerAndGetsNoHint() {
    assertEquals(List.of("<p>Not quite.</p>"), result("   ").feedbackHtml());
  }

  @Test
  void hugeAnswersAreRefusedQuickly() {
    String digits = "3".repeat(1_000_000);
    String spaces = " ".repeat(1_000_000) + "3.14";
    String points = "1.".repeat(500_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertEquals(0.0, result(digits).credit());
          assertEquals(0.0, result(spaces).credit());
          assertEquals(0.0, result(points).credit());
        });
  }

  @Test
  void aLongButReasonableNumberStillCounts() {
    assertEquals(1.0, result("3.1400000000000000000000000001").credit());
  }

  @Test
  void numberRangesReadTheThreeFormsAndRefuseTheRest() {
    assertEquals(
        Optional.of(new NumberRange(new BigDecimal("3.13"), new BigDecimal("3.15"))),
        NumberRange.parse("3.14:0.01"));
    assertEquals(
        Optional.of(new NumberRange(new BigDecimal("-5"), new BigDecimal("-1"))),
        NumberRange.parse("-5..-1"));
    assertTrue(NumberRange.parse("42").isPresent());
    for (String bad : List.of("5..1", "3:-1", "1...5", "1..", "..5", "3.:1", "", "1e3", "a")) {
      assertEquals(Optional.empty(), NumberRange.parse(bad), bad);
    }
  }

  @Test
  void labelsReadAsAnAuthorWouldSayThem() {
    assertEquals("3.14 ± 0.01", NumberRange.label("3.14:0.01"));
    assertEquals("1822", NumberRange.label("1822:0"));
    assertEquals("1 to 5", NumberRange.label("1..5"));
    assertEquals("42", NumberRange.label("42"));
  }

  @Test
  void thePaperALearnerGetsHoldsNoneOfTheAcceptedNumbers() {
    QuizPaper paper =
        QuizPaper.of(new QuizDefinition(QuizKind.GRADED, 70, 0, true, true, List.of(PI)), 7);

    QuizPaper.PaperQuestion question = paper.questions().get(0);
    assertEquals(QuestionType.NUMERICAL, question.type());
    assertEquals(List.of(), question.options());
    assertEquals(List.of(), question.answers());
  }

  private static QuestionResult result(String typed) {
    return new QuizGrader().grade(PI, new QuizAnswers(Map.of("q1", List.of(typed))));
  }
}
