package org.hearth.infrastructure.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hearth.infrastructure.markdown.ExternalAddress;

/**
 * Decides where a relative link in a course's Markdown points once the course is published: a
 * lesson, quiz or worksheet file becomes its page, an image or download anywhere in the course its
 * public address ({@link AssetLinks}). A link that leaves the course folder or finds nothing is
 * reported at its line and made harmless, so a broken link is caught at import rather than by a
 * reader.
 */
final class CourseLinks {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern ORDER_NUMBER = Pattern.compile("[0-9]+-");

  private final CourseFiles files;
  private final AssetLinks assets;
  private final ProblemList problems;
  private final Map<Path, String> itemSlugsByFile;

  CourseLinks(String courseSlug, CourseFiles files, Map<Path, String> itemSlugsByFile) {
    this.files = files;
    this.assets = new AssetLinks(courseSlug, files);
    this.problems = files.problems();
    this.itemSlugsByFile = itemSlugsByFile;
  }

  /** Resolves a relative link to a lesson page or a course file, or reports it. */
  String rewrite(Path from, String destination, boolean image, int line) {
    if (image && ExternalAddress.isExternal(destination)) {
      problems.note(
          files.relative(from),
          line,
          "shows an image from another site ("
              + destination
              + "); readers get a link to it instead, so their browsers never contact that site."
              + " Copy it into the course folder and link it there to show it");
      return destination;
    }
    if (!isRelative(destination)) {
      return destination;
    }
    String path = files.relative(from);
    int cut = indexOfAny(destination, '#', '?');
    String target = cut < 0 ? destination : destination.substring(0, cut);
    String suffix = cut < 0 ? "" : destination.substring(cut);
    Optional<String> decoded = decode(target, destination, path, line);
    if (decoded.isEmpty()) {
      return "#";
    }
    Path resolved = from.getParent().resolve(decoded.get()).normalize();
    if (!resolved.startsWith(files.dir())) {
      problems.add(path, line, "links to " + destination + ", which is outside the course folder");
      return "#";
    }
    if (!image && isItemFile(decoded.get())) {
      return itemPage(resolved, destination, suffix, path, line);
    }
    return assets.address(resolved, destination, suffix, path, line);
  }

  private static boolean isRelative(String destination) {
    return destination != null
        && !destination.isEmpty()
        && !destination.startsWith("#")
        && !destination.startsWith("/")
        && !SCHEME.matcher(destination).find();
  }

  /** The path a link names, or empty (and reported) when it cannot name a file. */
  private Optional<String> decode(String target, String destination, String path, int line) {
    String decoded;
    try {
      decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      problems.add(path, line, "has a link that is not a valid address: " + destination);
      return Optional.empty();
    }
    if (decoded.contains("\\") || decoded.contains("\0")) {
      problems.add(path, line, "has a link with a backslash or control character: " + destination);
      return Optional.empty();
    }
    return Optional.of(decoded);
  }

  /** Whether a link names a lesson, quiz or worksheet rather than an asset. */
  private static boolean isItemFile(String decoded) {
    // .md covers lessons and worksheets (NN-slug.worksheet.md) alike.
    return decoded.endsWith(".md") || decoded.endsWith(".quiz.yaml") || decoded.endsWith(".gift");
  }

  private String itemPage(Path resolved, String destination, String suffix, String path, int line) {
    String slug = itemSlugsByFile.get(resolved);
    if (slug != null) {
      return slug + suffix;
    }
    Optional<Path> numbered = numberedTwin(resolved);
    if (numbered.isPresent()) {
      problems.note(
          path,
          line,
          "links to "
              + destination
              + ", which Hearth found as "
              + files.relative(numbered.get())
              + " (the name with its order number); the link works as written");
      return itemSlugsByFile.get(numbered.get()) + suffix;
    }
    problems.add(
        path,
        line,
        "links to "
            + destination
            + ", but there is no lesson, quiz or worksheet at "
            + files.relative(resolved)
            + didYouMean(resolved));
    return "#";
  }

  /**
   * The one item beside an unnumbered link's target whose name is the target's with an order number
   * in front ({@code setup.md} → {@code 01-setup.md}): how the file was called before it was
   * numbered for Hearth, as material from other tools links to it.
   */
  private Optional<Path> numberedTwin(Path resolved) {
    String name = resolved.getFileName().toString();
    if (ORDER_NUMBER.matcher(name).lookingAt()) {
      return Optional.empty();
    }
    List<Path> twins =
        itemSlugsByFile.keySet().stream()
            .filter(file -> resolved.getParent().equals(file.getParent()))
            .filter(file -> unnumbered(file).equals(name))
            .toList();
    return twins.size() == 1 ? Optional.of(twins.get(0)) : Optional.empty();
  }

  /** "; did you mean …?" naming an item anywhere in the course with the same unnumbered name. */
  private String didYouMean(Path resolved) {
    String name = unnumbered(resolved);
    return itemSlugsByFile.keySet().stream()
        .filter(file -> unnumbered(file).equals(name))
        .map(files::relative)
        .sorted()
        .findFirst()
        .map(file -> "; did you mean " + file + "?")
        .orElse("");
  }

  private static String unnumbered(Path file) {
    return ORDER_NUMBER.matcher(file.getFileName().toString()).replaceFirst("");
  }

  private static int indexOfAny(String text, char a, char b) {
    int first = text.indexOf(a);
    int second = text.indexOf(b);
    if (first < 0) {
      return second;
    }
    return second < 0 ? first : Math.min(first, second);
  }
}
