package org.hearth.infrastructure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.domain.asset.CourseFileAddress;

/**
 * Resolves a link to an image or a download as Jekyll and MkDocs do, relative to the file that
 * links it and anywhere inside the course folder ({@code pic.png} beside the lesson, {@code
 * ../fig/diagram.png}, {@code ../assets/lake.png}), and gives its public address. A link is
 * accepted only when the file will be served there, so nothing is imported and then missing: a
 * missing file, an SVG, a type Hearth does not serve or a name it cannot serve is a problem at the
 * link's line that names the file.
 */
final class AssetLinks {

  private final String courseSlug;
  private final CourseFiles files;

  AssetLinks(String courseSlug, CourseFiles files) {
    this.courseSlug = courseSlug;
    this.files = files;
  }

  /**
   * The public address of the file a link names (already resolved inside the course folder), or "#"
   * once the problem is reported.
   */
  String address(Path resolved, String destination, String suffix, String path, int line) {
    Optional<Path> file = existing(resolved);
    if (file.isEmpty()) {
      return refuse(path, line, destination, "there is no file at " + files.relative(resolved));
    }
    String inCourse = files.dir().relativize(file.get()).toString().replace('\\', '/');
    Optional<String> address = CourseFileAddress.publicPath(inCourse);
    Optional<String> whyNot = whyNotServed(file.get(), inCourse, address);
    if (whyNot.isPresent()) {
      return refuse(path, line, destination, whyNot.get());
    }
    return "../../assets/" + courseSlug + "/" + CourseFileAddress.encode(address.get()) + suffix;
  }

  /** Why a file that exists would not be served at its address, if it would not. */
  private Optional<String> whyNotServed(Path file, String inCourse, Optional<String> address) {
    String name = file.getFileName().toString();
    if (CourseFileAddress.isSvg(name)) {
      return Optional.of(
          "it is an SVG image, which Hearth does not show because an SVG can carry scripts (the"
              + " editor's upload refuses SVG too); save it as a PNG or WebP and link that");
    }
    if (CourseFileAddress.contentType(name).isEmpty()) {
      return Optional.of(
          files.relative(file)
              + " is not a lesson, a quiz, a worksheet or a file of a type Hearth serves ("
              + CourseFileAddress.SERVED_TYPES
              + ")");
    }
    if (address.isEmpty()) {
      return Optional.of(
          files.relative(file)
              + " cannot be served by that name: use letters, digits, spaces, '.', '-' and '_',"
              + " in at most "
              + (CourseFileAddress.MAX_PARTS - 1)
              + " folders below the course or its assets/");
    }
    if (!inCourse.startsWith("assets/") && exists(files.dir().resolve("assets/" + inCourse))) {
      return Optional.of(
          "it would have the same address as assets/" + inCourse + "; rename one of the two");
    }
    return Optional.empty();
  }

  private String refuse(String path, int line, String destination, String why) {
    files.problems().add(path, line, "links to " + destination + ", but " + why);
    return "#";
  }

  /**
   * The file itself, or the one file beside it whose name is the same once both are in Unicode's
   * composed form: a name typed as "é" finds a file a Mac saved as "e" and a combining accent.
   */
  private static Optional<Path> existing(Path resolved) {
    if (exists(resolved)) {
      return Optional.of(resolved);
    }
    Path parent = resolved.getParent();
    if (parent == null || !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String wanted = composed(resolved.getFileName().toString());
    try (Stream<Path> entries = Files.list(parent)) {
      return entries
          .filter(entry -> composed(entry.getFileName().toString()).equals(wanted))
          .filter(AssetLinks::exists)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean exists(Path file) {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }

  private static String composed(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC);
  }
}
