package org.hearth.infrastructure.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows CommonMark's fenced code through a text, line by line, for the readers that rewrite lines
 * before Markdown is parsed (HTML containers, callouts, Liquid tags) and must leave code as it is:
 * a fence of three or more backticks or tildes opens, and only a like fence at least as long,
 * indented at most three spaces, closes it.
 */
public final class CodeFence {

  private static final Pattern OPENS = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  private String open;

  /** Takes the next line; true when it opens, lies inside or closes fenced code. */
  public boolean takes(String line) {
    if (open == null) {
      Matcher opens = OPENS.matcher(line);
      if (!opens.matches()) {
        return false;
      }
      open = opens.group(1);
      return true;
    }
    String trimmed = line.strip();
    if (trimmed.length() >= open.length()
        && trimmed.chars().allMatch(c -> c == open.charAt(0))
        && line.indexOf(open.charAt(0)) <= 3) {
      open = null;
    }
    return true;
  }

  /** Whether the lines taken so far leave code open. */
  public boolean isOpen() {
    return open != null;
  }
}
