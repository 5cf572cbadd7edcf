package org.hearth.application.content;

import java.time.Instant;
import java.util.List;

/** What the last import of the content folder did, course by course; shown to administrators. */
public record ImportReport(
    String contentDir,
    Instant startedAt,
    long millis,
    List<CourseImportResult> courses,
    List<ContentProblem> problems) {

  public ImportReport {
    courses = List.copyOf(courses);
    problems = List.copyOf(problems);
  }

  public boolean isClean() {
    return problems.isEmpty() && courses.stream().allMatch(CourseImportResult::isOk);
  }

  public long count(CourseImportStatus status) {
    return courses.stream().filter(c -> c.status() == status).count();
  }
}
