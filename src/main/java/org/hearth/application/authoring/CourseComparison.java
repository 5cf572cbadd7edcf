package org.hearth.application.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two sets of course files (say, the published version and the draft): which files were
 * added, removed or changed, with a line diff for text, and the one-line summary a version keeps.
 */
public final class CourseComparison {

  private static final int CONTEXT_LINES = 2;

  private CourseComparison() {}

  public static List<FileChange> compare(Map<String, byte[]> before, Map<String, byte[]> after) {
    List<FileChange> changes = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      byte[] a = before.get(path);
      byte[] b = after.get(path);
      if (a == null) {
        changes.add(
            new FileChange(
                path,
                FileChange.Status.ADDED,
                LinkRenames.isText(path) ? diff(path, "", text(b)) : List.of()));
      } else if (b == null) {
        changes.add(new FileChange(path, FileChange.Status.REMOVED, List.of()));
      } else if (!Arrays.equals(a, b)) {
        changes.add(
            new FileChange(
                path,
                FileChange.Status.CHANGED,
                LinkRenames.isText(path) ? diff(path, text(a), text(b)) : List.of()));
      }
    }
    return changes;
  }

  /** "Changed 2 files: a.md, b.md. Added c.md." — or a note that nothing changed. */
  public static String summary(List<FileChange> changes) {
    if (changes.isEmpty()) {
      return "No files changed.";
    }
    StringBuilder text = new StringBuilder();
    for (FileChange.Status status : FileChange.Status.values()) {
      List<String> paths =
          changes.stream().filter(c -> c.status() == status).map(FileChange::path).toList();
      if (!paths.isEmpty()) {
        String verb =
            switch (status) {
              case ADDED -> "Added";
              case REMOVED -> "Removed";
              case CHANGED -> "Changed";
            };
        text.append(text.isEmpty() ? "" : " ")
            .append(verb)
            .append(' ')
            .append(String.join(", ", paths.size() > 8 ? paths.subList(0, 8) : paths))
            .append(paths.size() > 8 ? " and " + (paths.size() - 8) + " more" : "")
            .append('.');
      }
    }
    return text.toString();
  }

  private static List<String> diff(String path, String before, String after) {
    List<String> a = before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    Patch<String> patch = DiffUtils.diff(a, b);
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(path, path, a, patch, CONTEXT_LINES);
    return lines.size() > 2 ? lines.subList(2, lines.size()) : lines;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
