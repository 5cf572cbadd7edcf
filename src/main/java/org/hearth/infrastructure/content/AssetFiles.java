package org.hearth.infrastructure.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.hearth.domain.asset.CourseFileAddress;

/**
 * Which entries of a course or module folder, not being course files themselves, are images and
 * downloads that lessons may link to, as a static-site generator finds them: an image or a download
 * beside the lessons, and a folder such as {@code fig/} or {@code images/} holding no lesson. A
 * folder that holds Markdown, a quiz or a GIFT file under a name Hearth does not read is not one,
 * so a misnamed module is reported rather than its lessons silently left out.
 */
final class AssetFiles {

  private final CourseFiles files;

  AssetFiles(CourseFiles files) {
    this.files = files;
  }

  boolean isAsset(Path entry) {
    String name = entry.getFileName().toString();
    if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
      return CourseFileAddress.contentType(name).isPresent() || CourseFileAddress.isSvg(name);
    }
    return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !holdsItems(entry);
  }

  private boolean holdsItems(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.anyMatch(AssetFiles::readsLikeAnItem);
    } catch (IOException e) {
      files
          .problems()
          .add(files.relative(folder), 0, "cannot be listed: " + e.getClass().getSimpleName());
      return false;
    }
  }

  private static boolean readsLikeAnItem(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".md")
        || name.endsWith(".markdown")
        || name.endsWith(".quiz.yaml")
        || name.endsWith(".gift");
  }
}
