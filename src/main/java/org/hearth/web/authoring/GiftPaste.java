package org.hearth.web.authoring;

import java.util.List;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.GiftPasteResult;
import org.hearth.application.authoring.GiftQuestions;
import org.hearth.application.authoring.QuizDocument;
import org.hearth.application.authoring.QuizForms;
import org.hearth.application.content.ContentProblem;

/**
 * Pasted GIFT questions added to a saved quiz file: converted into the quiz's YAML, or appended to
 * a GIFT file as written. The file editor only saves the result; whether the paste is whole is
 * decided here, and with any problem nothing is added (each problem gives its line in the pasted
 * text).
 */
final class GiftPaste {

  private static final String SOURCE = "pasted GIFT";

  /** The file's new text, and how many questions it gained. */
  record Pasted(String text, int added) {

    String message() {
      return "Added " + added + (added == 1 ? " question" : " questions") + " to the draft quiz.";
    }
  }

  private GiftPaste() {}

  /**
   * Adds {@code gift} to {@code current}, the text of the quiz file at {@code path}.
   *
   * @throws IllegalArgumentException when a YAML quiz cannot be read
   */
  static Pasted into(
      GiftQuestions gifts, QuizForms forms, String path, String current, String gift) {
    String pasted = gift == null ? "" : gift;
    if (path.endsWith(".gift")) {
      GiftQuestions.Reading reading = gifts.read(pasted, SOURCE, true);
      if (!reading.problems().isEmpty()) {
        throw refused(reading.problems());
      }
      String updated =
          current + (current.endsWith("\n") ? "\n" : "\n\n") + gift.replace("\r\n", "\n").strip();
      return new Pasted(updated + "\n", reading.questions().size());
    }
    if (path.endsWith(".quiz.yaml")) {
      QuizDocument quiz = forms.read(current);
      GiftPasteResult result = quiz.appendGift(gifts, pasted, SOURCE);
      if (!result.succeeded()) {
        throw refused(result.problems());
      }
      return new Pasted(quiz.toYaml(), result.appended());
    }
    throw new AuthoringProblem(
        AuthoringProblem.Kind.INVALID, "GIFT questions can be pasted into quizzes only.");
  }

  private static AuthoringProblem refused(List<ContentProblem> problems) {
    return new AuthoringProblem(
        AuthoringProblem.Kind.INVALID,
        "Nothing was added: the pasted GIFT has problems.",
        problems);
  }
}
