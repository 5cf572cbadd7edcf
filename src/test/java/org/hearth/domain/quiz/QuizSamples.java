package org.hearth.domain.quiz;

import java.util.List;

/** Quizzes built in code for the grading, paper and storage tests. */
final class QuizSamples {

  private QuizSamples() {}

  static Choice option(String key, double credit) {
    return new Choice(key, key, "<p>" + key + "</p>", credit, "<p>feedback " + key + "</p>");
  }

  static Question single() {
    return new Question(
        "q1",
        QuestionType.SINGLE_CHOICE,
        "<p>Pick one</p>",
        2,
        List.of(option("o1", 0), option("o2", 1), new Choice("o3", "o3", "<p>o3</p>", 0.5, "")),
        null,
        false,
        null,
        "<p>why q1</p>",
        "");
  }

  static Question multiple(Scoring scoring) {
    return new Question(
        "q2",
        QuestionType.MULTIPLE_CHOICE,
        "<p>Pick all</p>",
        1,
        List.of(option("o1", 0.5), option("o2", 0.5), option("o3", -0.5), option("o4", -0.5)),
        scoring,
        false,
        null,
        "",
        "");
  }

  static Question trueFalse() {
    return new Question(
        "q3",
        QuestionType.TRUE_FALSE,
        "<p>True?</p>",
        1,
        List.of(
            new Choice("true", "true", "True", 1, "<p>right</p>"),
            new Choice("false", "false", "False", 0, "<p>not so</p>")),
        null,
        false,
        null,
        "",
        "");
  }

  static Question shortAnswer(boolean caseSensitive) {
    return new Question(
        "q4",
        QuestionType.SHORT_ANSWER,
        "<p>Name it</p>",
        1,
        List.of(
            new Choice("o1", "Regulate", "Regulate", 1, "<p>yes</p>"),
            new Choice("o2", "calm down", "calm down", 0.5, "")),
        null,
        caseSensitive,
        null,
        "",
        "<p>try again</p>");
  }

  static Question matching(Scoring scoring) {
    return new Question(
        "q5",
        QuestionType.MATCHING,
        "<p>Match</p>",
        3,
        List.of(),
        scoring,
        false,
        List.of(
            new MatchPair("p1", "<p>Survivor</p>", "seeks safety"),
            new MatchPair("p2", "<p>Sage</p>", "sees clearly"),
            new MatchPair("p3", "<p>Partner</p>", "listens")),
        "",
        "");
  }

  static Question ordering(Scoring scoring) {
    return new Question(
        "q6",
        QuestionType.ORDERING,
        "<p>Order</p>",
        1,
        List.of(option("o1", 0), option("o2", 0), option("o3", 0)),
        scoring,
        false,
        null,
        "",
        "");
  }

  static QuizDefinition everyType() {
    return new QuizDefinition(
        QuizKind.GRADED,
        70,
        3,
        true,
        true,
        List.of(
            single(),
            multiple(Scoring.PARTIAL),
            trueFalse(),
            shortAnswer(false),
            matching(Scoring.PARTIAL),
            ordering(Scoring.ALL_OR_NOTHING)));
  }
}
