package org.hearth.infrastructure.content;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.infrastructure.markdown.CodeFence;

/**
 * The Liquid tags of lessons written for Jekyll, which Hearth never runs. {@code {% include
 * links.md %}} on a line of its own brings in the reference-link definitions of that file (from the
 * course's {@code _includes/} folder, or beside course.yaml), so {@code [text][name]} links resolve
 * as on the author's site. Other tags on a line of their own are left out, and {@code {{ page.root
 * }}}-style address prefixes are taken out of links; each with a note. Lines keep their numbers;
 * tags inside fenced code are code.
 */
final class LiquidTags {

  /** The course folder that holds files to include. */
  static final String INCLUDES = "_includes";

  private static final Pattern INCLUDE =
      Pattern.compile(" {0,3}\\{%-?\\s*include\\s+([\\w./-]+)[^%]*-?%}\\s*");
  private static final Pattern TAG_LINE = Pattern.compile(" {0,3}\\{%.*%}\\s*");
  private static final Pattern ROOT =
      Pattern.compile(
          "\\{\\{\\s*(page\\.root|site\\.baseurl|site\\.url|relative_root_path|base_url)\\s*}}/?");
  private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+]:\\s*\\S.*");

  private LiquidTags() {}

  static String resolve(String text, Path file, CourseFiles files) {
    if (!text.contains("{%") && !text.contains("{{")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    List<String> definitions = new ArrayList<>();
    CodeFence fence = new CodeFence();
    boolean rootNoted = false;
    for (int i = 0; i < lines.length; i++) {
      if (!fence.takes(lines[i])) {
        rootNoted |= line(lines, i, file, files, definitions, rootNoted);
      }
    }
    String resolved = String.join("\n", lines);
    return definitions.isEmpty()
        ? resolved
        : resolved + "\n\n" + String.join("\n", definitions) + "\n";
  }

  /** Reads one line's Liquid; true when it noted a site root (noted once per file). */
  private static boolean line(
      String[] lines, int i, Path file, CourseFiles files, List<String> into, boolean rooted) {
    String path = files.relative(file);
    String line = lines[i];
    Matcher include = INCLUDE.matcher(line);
    if (include.matches()) {
      lines[i] = "";
      into.addAll(included(include.group(1), path, i + 1, files));
    } else if (TAG_LINE.matcher(line).matches()) {
      lines[i] = "";
      files
          .problems()
          .note(
              path,
              i + 1,
              "holds the Liquid tag "
                  + line.strip()
                  + ", which Hearth does not run; it is left out");
    } else if (ROOT.matcher(line).find()) {
      lines[i] = ROOT.matcher(line).replaceAll(Matcher.quoteReplacement(root(file, files)));
      if (!rooted) {
        files
            .problems()
            .note(
                path,
                i + 1,
                "writes link addresses after a Liquid site root such as {{ page.root }}; Hearth"
                    + " reads them from the course folder");
        return true;
      }
    }
    return false;
  }

  /** The way from the lesson's folder up to the course folder, which a site root stands for. */
  private static String root(Path file, CourseFiles files) {
    String up = file.getParent().relativize(files.dir()).toString().replace('\\', '/');
    return up.isEmpty() ? "" : up + "/";
  }

  /** The reference definitions of an included file, or none, with a note, when it is missing. */
  private static List<String> included(String name, String path, int line, CourseFiles files) {
    Optional<Path> found =
        List.of(files.dir().resolve(INCLUDES).resolve(name), files.dir().resolve(name)).stream()
            .filter(p -> p.normalize().startsWith(files.dir()))
            .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
            .findFirst();
    if (found.isEmpty()) {
      files
          .problems()
          .note(
              path,
              line,
              "includes "
                  + name
                  + ", which the course does not have (put it in "
                  + INCLUDES
                  + "/); its links stay unresolved");
      return List.of();
    }
    List<String> definitions = new ArrayList<>();
    files
        .readText(found.get())
        .ifPresent(
            included ->
                included
                    .lines()
                    .filter(l -> DEFINITION.matcher(l).matches())
                    .forEach(definitions::add));
    return definitions;
  }
}
