package org.hearth.application.authoring;

import org.hearth.domain.shared.VisibleText;

/**
 * Checks a title an instructor types for a course, module or item: 1 to 200 characters, none of
 * them invisible, since a title is shown to learners where a hidden character could mislead.
 */
final class DraftTitles {

  private DraftTitles() {}

  /** The title stripped, or an {@link AuthoringProblem} saying what is wrong with it. */
  static String require(String title) {
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID, "A title needs 1 to 200 characters.");
    }
    refuseHidden(title.strip());
    return title.strip();
  }

  static void refuseHidden(String title) {
    VisibleText.problemInLine(title.strip())
        .ifPresent(
            problem -> {
              throw new AuthoringProblem(
                  AuthoringProblem.Kind.INVALID,
                  "The title " + problem + ". Please type it again without that character.");
            });
  }
}
