package org.hearth.application.content;

import java.util.List;

/** The outcome for one course folder, with every problem found in it. */
public record CourseImportResult(
    String slug,
    String path,
    CourseImportStatus status,
    int lessons,
    long millis,
    List<ContentProblem> problems,
    List<ContentProblem> notes) {

  public CourseImportResult {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  public boolean isOk() {
    return status == CourseImportStatus.IMPORTED || status == CourseImportStatus.UNCHANGED;
  }
}
