package org.hearth.domain.quiz;

import java.util.List;
import java.util.Objects;

/**
 * One question of a quiz, with everything needed to show it and to grade it. Only {@link QuizPaper}
 * — never this record — is handed to the page before submission.
 *
 * @param key stable within the quiz ("q1", "q2", … in source order)
 * @param type what kind of question this is
 * @param promptHtml the question, rendered and sanitised
 * @param points what a fully correct answer earns
 * @param choices options, accepted answers or items in their correct order, by type
 * @param scoring how a multiple-choice selection earns credit
 * @param caseSensitive whether short answers must match case
 * @param pairs the rows of a matching question
 * @param explanationHtml shown after submission, whatever the answer; may be empty
 * @param incorrectFeedbackHtml shown when an answer earns nothing and no option says more
 */
public record Question(
    String key,
    QuestionType type,
    String promptHtml,
    double points,
    List<Choice> choices,
    Scoring scoring,
    boolean caseSensitive,
    List<MatchPair> pairs,
    String explanationHtml,
    String incorrectFeedbackHtml) {

  public Question {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices == null ? List.of() : choices);
    pairs = List.copyOf(pairs == null ? List.of() : pairs);
    scoring = scoring == null ? Scoring.ALL_OR_NOTHING : scoring;
    explanationHtml = explanationHtml == null ? "" : explanationHtml;
    incorrectFeedbackHtml = incorrectFeedbackHtml == null ? "" : incorrectFeedbackHtml;
    if (points < 0) {
      throw new IllegalArgumentException("points must not be negative, not " + points);
    }
  }

  /** Whether any answer to this question can earn credit; self-check reflections may have none. */
  public boolean hasCorrectAnswer() {
    return switch (type) {
      case MATCHING -> !pairs.isEmpty();
      case ORDERING -> choices.size() > 1;
      default -> choices.stream().anyMatch(Choice::correct);
    };
  }

  /** The distinct answers of a matching question, in the order they first appear. */
  public List<String> matchAnswers() {
    return pairs.stream().map(MatchPair::answer).distinct().toList();
  }
}
