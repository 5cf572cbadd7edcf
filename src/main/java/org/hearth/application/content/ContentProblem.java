package org.hearth.application.content;

import java.util.Objects;

/**
 * Something wrong with a content file, said so an author can fix it: the file (relative to the
 * content folder), the line (1-based, 0 when the whole file is at fault) and what is wrong.
 */
public record ContentProblem(String path, int line, String message) {

  public ContentProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** "courses/x/course.yaml:3: title is missing", the form editors and CI logs link to. */
  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
