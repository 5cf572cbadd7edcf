package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import org.hearth.application.authoring.QuizQuestionDraft;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.Scoring;

/**
 * What differs between question types in a {@code .quiz.yaml} file, filled in by the reader for the
 * question's type before the question is built.
 */
final class QuizQuestionParts {

  /** The question as the quiz editor's form holds it, filled in beside the parts. */
  final QuizQuestionDraft draft;

  QuestionType type;
  Scoring scoring = Scoring.ALL_OR_NOTHING;
  boolean caseSensitive;
  String incorrectFeedbackHtml = "";
  final List<Choice> choices = new ArrayList<>();
  final List<MatchPair> pairs = new ArrayList<>();

  QuizQuestionParts(QuizQuestionDraft draft) {
    this.draft = draft;
  }
}
