package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import org.hearth.application.content.ContentProblem;

/**
 * Collects the problems and notes found while reading one course folder. Once it is {@link
 * #beStrict strict} (MkDocs' {@code --strict}), every note is a problem as well, saying why, so a
 * course that must read exactly as written is refused rather than imported with notes.
 */
final class ProblemList {

  private final List<ContentProblem> problems = new ArrayList<>();
  private final List<ContentProblem> notes = new ArrayList<>();
  private String strictBecause;

  void add(String path, int line, String message) {
    problems.add(new ContentProblem(path, line, message));
  }

  void note(String path, int line, String message) {
    notes.add(new ContentProblem(path, line, message));
  }

  /**
   * Makes every note, found before or after, a problem.
   *
   * @param because what asked for it, as the problem says: "course.yaml says strict: true"
   */
  void beStrict(String because) {
    if (strictBecause == null) {
      strictBecause = because;
    }
  }

  boolean isEmpty() {
    return problems.isEmpty() && (strictBecause == null || notes.isEmpty());
  }

  List<ContentProblem> problems() {
    if (strictBecause == null) {
      return List.copyOf(problems);
    }
    List<ContentProblem> all = new ArrayList<>(problems);
    for (ContentProblem note : notes) {
      all.add(
          new ContentProblem(
              note.path(),
              note.line(),
              note.message() + " (refused, not only noted, because " + strictBecause + ")"));
    }
    return List.copyOf(all);
  }

  List<ContentProblem> notes() {
    return strictBecause == null ? List.copyOf(notes) : List.of();
  }
}
