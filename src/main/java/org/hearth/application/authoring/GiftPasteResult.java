package org.hearth.application.authoring;

import java.util.List;
import org.hearth.application.content.ContentProblem;

/**
 * What pasting GIFT text into a quiz did: how many questions it appended, or the problems that
 * stopped it (then it appended none), and notes about what was skipped or changed on the way. Each
 * problem and note reads "path:line: reason".
 */
public record GiftPasteResult(
    int appended, List<ContentProblem> problems, List<ContentProblem> notes) {

  public GiftPasteResult {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether the paste went in; when not, {@link #problems()} says why. */
  public boolean succeeded() {
    return problems.isEmpty();
  }
}
