package org.hearth.application.authoring;

import java.util.List;
import org.hearth.application.content.ContentProblem;

/**
 * Why an authoring action was refused, said so the instructor can act on it. {@link Kind} tells
 * pages and the API which answer to give; {@link #problems()} lists content problems by file and
 * line when a publish or an import found some.
 */
public class AuthoringProblem extends RuntimeException {

  /** What kind of refusal this is. */
  public enum Kind {
    NOT_FOUND,
    FORBIDDEN,
    CONFLICT,
    INVALID
  }

  private final Kind kind;
  private final transient List<ContentProblem> problems;

  public AuthoringProblem(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public AuthoringProblem(Kind kind, String message, List<ContentProblem> problems) {
    super(message, null, false, false);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  public List<ContentProblem> problems() {
    return problems;
  }

  static AuthoringProblem notFound(String what) {
    return new AuthoringProblem(Kind.NOT_FOUND, what + " was not found.");
  }

  static AuthoringProblem forbidden() {
    return new AuthoringProblem(
        Kind.FORBIDDEN, "Only the course's instructors and administrators can edit it.");
  }
}
