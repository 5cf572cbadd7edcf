package org.hearth.application.content;

import java.util.List;

/** The course folders found in the content source, and problems with the source as a whole. */
public record ContentScan(
    String location, List<CourseFolder> folders, List<ContentProblem> problems) {

  public ContentScan {
    folders = List.copyOf(folders);
    problems = List.copyOf(problems);
  }
}
