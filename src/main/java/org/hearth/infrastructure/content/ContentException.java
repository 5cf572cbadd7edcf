package org.hearth.infrastructure.content;

import org.hearth.application.content.ContentProblem;

/**
 * A problem that makes the rest of a folder unreadable, such as a symbolic link or a file over the
 * size limit, thrown so that the scan reports it for that folder alone and goes on to the next.
 */
final class ContentException extends RuntimeException {

  private final transient ContentProblem problem;

  ContentException(String path, String message) {
    super(path + ": " + message, null, false, false);
    this.problem = new ContentProblem(path, 0, message);
  }

  ContentProblem problem() {
    return problem;
  }
}
