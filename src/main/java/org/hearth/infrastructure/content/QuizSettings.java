package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.domain.quiz.QuizKind;

/**
 * The settings of a quiz, read the same way from a {@code .quiz.yaml} file and from the header
 * comments of a GIFT file, so a value means the same in both.
 *
 * @param title null when missing (already reported where a title is required)
 * @param minutes null when not given: then one minute per two questions
 */
record QuizSettings(
    String title,
    QuizKind kind,
    int passMark,
    int maxAttempts,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    boolean required,
    Integer minutes) {

  static final Set<String> FIELDS =
      Set.of(
          "title",
          "kind",
          "pass_mark",
          "max_attempts",
          "shuffle_questions",
          "shuffle_options",
          "required",
          "minutes");

  private static final int DEFAULT_PASS_MARK = 70;
  private static final int MAX_ATTEMPTS = 1_000;
  private static final int MAX_MINUTES = 600;

  /**
   * Reads the settings from {@code yaml}, reporting bad values at their lines. With a {@code
   * defaultTitle} a missing title takes it; without one a missing title is a problem.
   */
  static QuizSettings read(
      YamlMapping yaml, String path, ProblemList problems, Optional<String> defaultTitle) {
    String title =
        defaultTitle.isPresent()
            ? yaml.text("title").orElse(defaultTitle.get())
            : yaml.requiredText("title").orElse(null);
    QuizKind kind = kind(yaml, path, problems);
    int passMark =
        whole(yaml, "pass_mark", 0, 100, "a whole number from 0 to 100", path, problems)
            .orElse(DEFAULT_PASS_MARK);
    int maxAttempts = maxAttempts(yaml, path, problems).orElse(0);
    Integer minutes = minutes(yaml, path, problems).orElse(null);
    return new QuizSettings(
        title,
        kind,
        passMark,
        maxAttempts,
        yaml.yesNo("shuffle_questions", false),
        yaml.yesNo("shuffle_options", false),
        yaml.yesNo("required", true),
        minutes);
  }

  boolean graded() {
    return kind == QuizKind.GRADED;
  }

  /** The minutes given, or one minute for every two questions (at least one). */
  int minutesFor(int questionCount) {
    return minutes != null ? minutes : Math.max(1, (questionCount + 1) / 2);
  }

  QuizDefinition definition(List<Question> questions) {
    return new QuizDefinition(
        kind, passMark, maxAttempts, shuffleQuestions, shuffleOptions, questions);
  }

  private static QuizKind kind(YamlMapping yaml, String path, ProblemList problems) {
    Optional<String> kindText = yaml.text("kind");
    if (kindText.isEmpty() || kindText.get().equals("graded")) {
      return QuizKind.GRADED;
    }
    if (kindText.get().equals("self-check")) {
      return QuizKind.SELF_CHECK;
    }
    problems.add(
        path,
        yaml.lineOfKey("kind"),
        "kind must be graded or self-check, not \"" + kindText.get() + "\"");
    return QuizKind.GRADED;
  }

  private static Optional<Integer> maxAttempts(
      YamlMapping yaml, String path, ProblemList problems) {
    String expected = "a whole number from 0 (unlimited) to " + MAX_ATTEMPTS;
    return whole(yaml, "max_attempts", 0, MAX_ATTEMPTS, expected, path, problems);
  }

  private static Optional<Integer> minutes(YamlMapping yaml, String path, ProblemList problems) {
    String expected = "a whole number from 1 to " + MAX_MINUTES;
    return whole(yaml, "minutes", 1, MAX_MINUTES, expected, path, problems);
  }

  private static Optional<Integer> whole(
      YamlMapping yaml,
      String key,
      int min,
      int max,
      String expected,
      String path,
      ProblemList problems) {
    Optional<String> value = yaml.text(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return Optional.of(number);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(path, yaml.lineOfKey(key), key + " must be " + expected + ", not " + value.get());
    return Optional.empty();
  }
}
