package org.hearth.domain.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hearth.domain.quiz.QuizPaper.PaperOption;
import org.hearth.domain.quiz.QuizPaper.PaperQuestion;
import org.junit.jupiter.api.Test;

class QuizPaperTest {

  private static List<String> questionKeys(QuizPaper paper) {
    return paper.questions().stream().map(PaperQuestion::key).toList();
  }

  private static List<String> optionKeys(PaperQuestion question) {
    return question.options().stream().map(PaperOption::key).toList();
  }

  @Test
  void theSameSeedLaysOutTheSamePaper() {
    QuizDefinition quiz = QuizSamples.everyType();
    assertEquals(QuizPaper.of(quiz, 42), QuizPaper.of(quiz, 42));
  }

  @Test
  void shufflingVariesTheOrderOfQuestionsAndOptionsAcrossAttempts() {
    QuizDefinition quiz = QuizSamples.everyType();
    Set<List<String>> questionOrders =
        LongStream.range(0, 30)
            .mapToObj(seed -> questionKeys(QuizPaper.of(quiz, seed)))
            .collect(Collectors.toSet());
    Set<List<String>> optionOrders =
        LongStream.range(0, 30)
            .mapToObj(seed -> optionKeys(byKey(QuizPaper.of(quiz, seed), "q1")))
            .collect(Collectors.toSet());
    assertTrue(questionOrders.size() > 5, "question orders: " + questionOrders.size());
    assertTrue(optionOrders.size() > 2, "option orders: " + optionOrders.size());
    List<Integer> numbers =
        QuizPaper.of(quiz, 7).questions().stream().map(PaperQuestion::number).toList();
    assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers);
  }

  @Test
  void withoutShufflingTheSourceOrderIsKept() {
    QuizDefinition quiz =
        new QuizDefinition(
            QuizKind.GRADED, 70, 0, false, false, QuizSamples.everyType().questions());
    QuizPaper paper = QuizPaper.of(quiz, 99);
    assertEquals(List.of("q1", "q2", "q3", "q4", "q5", "q6"), questionKeys(paper));
    assertEquals(List.of("o1", "o2", "o3"), optionKeys(paper.questions().get(0)));
  }

  @Test
  void itemsToOrderNeverAppearInTheirCorrectOrder() {
    QuizDefinition quiz =
        new QuizDefinition(
            QuizKind.GRADED, 70, 0, false, false, List.of(QuizSamples.ordering(Scoring.PARTIAL)));
    for (long seed = 0; seed < 50; seed++) {
      assertNotEquals(
          List.of("o1", "o2", "o3"), optionKeys(QuizPaper.of(quiz, seed).questions().get(0)));
    }
  }

  @Test
  void thePaperCarriesNoCreditsFeedbackExplanationsOrAcceptedAnswers() {
    QuizPaper paper = QuizPaper.of(QuizSamples.everyType(), 1);
    String everything = paper.toString();
    assertFalse(everything.contains("feedback"), everything);
    assertFalse(everything.contains("why q1"), everything);
    assertFalse(everything.contains("Regulate"), everything);
    assertFalse(everything.contains("try again"), everything);
    PaperQuestion matching = byKey(paper, "q5");
    assertEquals(List.of("listens", "seeks safety", "sees clearly"), matching.answers());
    assertTrue(byKey(paper, "q4").options().isEmpty());
  }

  private static PaperQuestion byKey(QuizPaper paper, String key) {
    return paper.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void unansweredListsBlankAndPartlyAnsweredQuestionsInPaperOrder() {
    QuizPaper paper = QuizPaper.of(QuizSamples.everyType(), 7);
    QuizAnswers some =
        new QuizAnswers(
            Map.of(
                "q1", List.of("o2"),
                "q2", List.of("o1", "o2"),
                "q4", List.of("  "),
                "q5", List.of("p1=listens", "p2=seeks safety"),
                "q6", List.of("o1=1", "o2=2", "o3=3")));

    List<String> open = paper.unanswered(some).stream().map(PaperQuestion::key).toList();

    List<String> expected =
        questionKeys(paper).stream().filter(Set.of("q3", "q4", "q5")::contains).toList();
    assertEquals(
        expected, open, "true/false not answered, a blank short answer, a matching row left empty");
    assertEquals(
        questionKeys(paper),
        paper.unanswered(QuizAnswers.NONE).stream().map(PaperQuestion::key).toList());
  }

  @Test
  void aFullyAnsweredPaperHasNothingUnanswered() {
    QuizPaper paper = QuizPaper.of(QuizSamples.everyType(), 7);
    QuizAnswers all =
        new QuizAnswers(
            Map.of(
                "q1",
                List.of("o2"),
                "q2",
                List.of("o1"),
                "q3",
                List.of("false"),
                "q4",
                List.of("Ngũgĩ wa Thiong’o"),
                "q5",
                List.of("p1=listens", "p2=seeks safety", "p3=sees clearly"),
                "q6",
                List.of("o1=1", "o2=2", "o3=3")));
    assertTrue(paper.unanswered(all).isEmpty());
  }
}
