package org.hearth.application.authoring;

import java.util.regex.Pattern;

/**
 * The paths a draft may hold: at most three levels below the course folder, each part a plain name
 * of letters, digits, dots, hyphens and underscores that starts with a letter, digit or underscore.
 * No {@code ..}, no absolute paths, no backslashes, no hidden files.
 */
public final class DraftPaths {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}");

  private DraftPaths() {}

  public static boolean isValid(String path) {
    if (path == null || path.isEmpty() || path.length() > 400) {
      return false;
    }
    String[] parts = path.split("/", -1);
    if (parts.length > 3) {
      return false;
    }
    for (String part : parts) {
      if (!PART.matcher(part).matches() || part.contains("..")) {
        return false;
      }
    }
    return true;
  }

  /** Refuses an invalid path with a message that names it. */
  public static String check(String path) {
    if (!isValid(path)) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "\""
              + Display.clip(path)
              + "\" is not a file name Hearth can keep: use letters, digits, '.', '-' and '_', in"
              + " at most three levels of folders");
    }
    return path;
  }
}
