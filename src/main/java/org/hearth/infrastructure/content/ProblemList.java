package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import org.hearth.application.content.ContentProblem;

/** Collects the problems and notes found while reading one course folder. */
final class ProblemList {

  private final List<ContentProblem> problems = new ArrayList<>();
  private final List<ContentProblem> notes = new ArrayList<>();

  void add(String path, int line, String message) {
    problems.add(new ContentProblem(path, line, message));
  }

  void note(String path, int line, String message) {
    notes.add(new ContentProblem(path, line, message));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ContentProblem> problems() {
    return List.copyOf(problems);
  }

  List<ContentProblem> notes() {
    return List.copyOf(notes);
  }
}
