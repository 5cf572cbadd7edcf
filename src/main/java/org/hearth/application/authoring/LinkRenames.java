package org.hearth.application.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps links working when files are renumbered: given the renames of one reorder (such as {@code
 * 01-a/02-x.md → 01-a/01-x.md} or a module folder {@code 01-a/ → 02-a/}), it rewrites every mention
 * of an old file or folder name in one pass, so swapping two names never chains.
 */
public final class LinkRenames {

  private static final String NAME_CHAR = "A-Za-z0-9_.-";

  private final Map<String, String> tokens = new LinkedHashMap<>();
  private final Pattern pattern;

  public LinkRenames(Map<String, String> renamedPaths) {
    Map<String, String> found = new LinkedHashMap<>();
    renamedPaths.forEach(
        (from, to) -> {
          String[] a = from.split("/");
          String[] b = to.split("/");
          if (a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
              if (!a[i].equals(b[i])) {
                found.put(
                    i < a.length - 1 ? a[i] + "/" : a[i], i < b.length - 1 ? b[i] + "/" : b[i]);
              }
            }
          }
        });
    List<String> keys = new ArrayList<>(found.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    keys.forEach(k -> tokens.put(k, found.get(k)));
    if (keys.isEmpty()) {
      pattern = null;
    } else {
      StringBuilder regex = new StringBuilder("(?<![" + NAME_CHAR + "])(");
      for (int i = 0; i < keys.size(); i++) {
        regex.append(i == 0 ? "" : "|").append(Pattern.quote(keys.get(i)));
      }
      regex.append(")");
      pattern = Pattern.compile(regex.toString());
    }
  }

  /** The text with each old name replaced by its new one. */
  public String apply(String text) {
    if (pattern == null) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group(1);
      if (!token.endsWith("/") && m.end() < text.length() && continuesName(text.charAt(m.end()))) {
        m.appendReplacement(out, Matcher.quoteReplacement(token));
        continue;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(tokens.get(token)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether {@code path} names a file whose links may need rewriting. */
  public static boolean isText(String path) {
    return path.endsWith(".md") || path.endsWith(".yaml") || path.endsWith(".gift");
  }

  /** A name followed by one of these is a longer name; a full stop may end a sentence. */
  private static boolean continuesName(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
