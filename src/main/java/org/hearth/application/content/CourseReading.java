package org.hearth.application.content;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading one course folder: the course when every file was valid, otherwise the
 * problems that kept it out. Notes are worth telling the author but block nothing.
 */
public record CourseReading(
    Optional<CourseSource> course, List<ContentProblem> problems, List<ContentProblem> notes) {

  public CourseReading {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    if (course.isPresent() && !problems.isEmpty()) {
      throw new IllegalArgumentException("a course with problems must not be imported");
    }
  }
}
