package org.hearth.domain.asset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which files of a course folder readers may fetch, and at what address: the one rule that the
 * import (which checks every image and download a lesson links to) and the asset servlet (which
 * serves them) share, so that a file an import accepts is a file that is served. As static-site
 * generators publish a site's files where they lie, a file is published by its path inside the
 * course folder, except that the files of {@code assets/} keep the short address they always had
 * ({@code assets/lake.png} is {@code lake.png}, {@code 01-intro/fig/a.png} is itself).
 */
public final class CourseFileAddress {

  /** What a course may publish, by extension: what a lesson shows or offers for download. */
  private static final Map<String, String> TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp",
          "pdf", "application/pdf",
          "mp3", "audio/mpeg",
          "txt", "text/plain; charset=UTF-8");

  /** The served extensions as a reader of a problem message wants them. */
  public static final String SERVED_TYPES = "PNG, JPEG, GIF, WebP, PDF, MP3 and plain .txt text";

  /** At most this many folders and the name, below the course (or below its assets/). */
  public static final int MAX_PARTS = 3;

  /**
   * A name in any script (é, ü, 中), with spaces inside it, but no punctuation a browser or a shell
   * reads otherwise, no hidden files and no {@code ..}.
   */
  private static final Pattern PART =
      Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_. -]{0,119}[\\p{L}\\p{M}\\p{N}_.-])?");

  private static final String ASSETS = "assets/";

  private CourseFileAddress() {}

  /** The content type a file is served with, by its name's extension, or empty if not served. */
  public static Optional<String> contentType(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a name is an SVG image's: never served, because an SVG can carry scripts (the editor's
   * upload refuses it for the same reason).
   */
  public static boolean isSvg(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".svg") || lower.endsWith(".svgz");
  }

  /**
   * The address below {@code /assets/<course>/} of a file by its path inside the course folder
   * (forward slashes), or empty when its name cannot be one (too deep, or a part that is not a
   * plain name). The type is not checked here; see {@link #contentType}.
   */
  public static Optional<String> publicPath(String pathInCourse) {
    String address =
        pathInCourse.startsWith(ASSETS) ? pathInCourse.substring(ASSETS.length()) : pathInCourse;
    return isValid(address) ? Optional.of(address) : Optional.empty();
  }

  /** Whether a path asked for below {@code /assets/<course>/} is one a course file can have. */
  public static boolean isValid(String address) {
    String[] parts = address.split("/", -1);
    if (parts.length > MAX_PARTS) {
      return false;
    }
    for (String part : parts) {
      if (!PART.matcher(part).matches() || part.contains("..")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address as a page writes it: each part percent-encoded as UTF-8, a space as {@code %20}.
   * Pages and access checks both use this form, so a name in any script is matched exactly.
   */
  public static String encode(String address) {
    List<String> parts = new ArrayList<>();
    for (String part : address.split("/", -1)) {
      parts.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return String.join("/", parts);
  }
}
