package org.hearth.application.authoring;

import java.util.List;
import org.hearth.application.content.ContentProblem;

/**
 * Reads GIFT text pasted into the quiz editor as editable questions, exactly as a {@code .gift}
 * file's questions are read, but with each text as Markdown source: a port, implemented beside the
 * GIFT reader in infrastructure.
 */
public interface GiftQuestions {

  /**
   * The questions, or no questions when any problem was found.
   *
   * @param problems each at its line: with any, nothing should be pasted
   * @param notes questions skipped (numerical, essay, description) and what changed in conversion
   */
  record Reading(
      List<QuizQuestionDraft> questions,
      List<ContentProblem> problems,
      List<ContentProblem> notes) {

    public Reading {
      questions = List.copyOf(questions);
      problems = List.copyOf(problems);
      notes = List.copyOf(notes);
    }
  }

  /**
   * Reads the questions of {@code giftText}; settings comments at its top are ignored.
   *
   * @param path what problems name as the file
   * @param graded whether the quiz they join is graded, where every question needs a right answer
   */
  Reading read(String giftText, String path, boolean graded);
}
