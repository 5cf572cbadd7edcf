package org.hearth.infrastructure.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names content/README.md gives course files (slugs, numbered module folders, numbered lesson,
 * quiz and worksheet files) and the order their numbers put them in, kept in one place so that
 * every reader agrees on what a name means.
 */
final class ContentNames {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-(" + SLUG.pattern() + ")");
  static final Pattern LESSON_FILE = Pattern.compile(NUMBERED.pattern() + "\\.md");
  static final Pattern QUIZ_FILE = Pattern.compile(NUMBERED.pattern() + "\\.(quiz\\.yaml|gift)");
  static final Pattern WORKSHEET_FILE = Pattern.compile(NUMBERED.pattern() + "\\.worksheet\\.md");
  private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,4})-");

  /** Numbered entries by their number (so 9-x comes before 10-x), then by name. */
  static final Comparator<Path> BY_NUMBER =
      Comparator.comparingInt((Path p) -> leadingNumber(p.getFileName().toString()))
          .thenComparing(Comparator.naturalOrder());

  private ContentNames() {}

  static String titleFromSlug(String slug) {
    String words = slug.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /**
   * How problems name a file: by its path inside the content folder, with forward slashes on every
   * system, so a message reads the same wherever Hearth runs.
   */
  static String relative(Path root, Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private static int leadingNumber(String name) {
    Matcher number = LEADING_NUMBER.matcher(name);
    return number.lookingAt() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
  }
}
