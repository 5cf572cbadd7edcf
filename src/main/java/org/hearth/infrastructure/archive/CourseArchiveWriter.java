package org.hearth.infrastructure.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a course folder as a zip in exactly the content/ folder format: one top-level folder named
 * for the course, its files in path order, every entry with the same fixed date, so the same files
 * always give the same bytes.
 */
public final class CourseArchiveWriter {

  /** Zip's DOS dates start in 1980; a fixed date keeps archives of the same files identical. */
  private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

  private CourseArchiveWriter() {}

  /** Zips the regular files under {@code courseDir} (symbolic links and dot files are left out). */
  public static void write(Path courseDir, String folder, OutputStream out) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(courseDir)) {
      for (Path path : walk.toList()) {
        Path relative = courseDir.relativize(path);
        boolean hidden = false;
        for (Path part : relative) {
          hidden |= part.toString().startsWith(".");
        }
        if (!hidden && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          files.put(relative.toString().replace('\\', '/'), path);
        }
      }
    }
    Map<String, byte[]> contents = new TreeMap<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      contents.put(file.getKey(), Files.readAllBytes(file.getValue()));
    }
    write(folder, contents, out);
  }

  /** Zips files given by their path inside the course folder. */
  public static void write(String folder, Map<String, byte[]> files, OutputStream out)
      throws IOException {
    CourseArchiveReader.checkName(folder + "/");
    ZipOutputStream zip = new ZipOutputStream(out);
    for (String path : List.copyOf(new TreeMap<>(files).keySet())) {
      ZipEntry entry = new ZipEntry(folder + "/" + path);
      entry.setTimeLocal(FIXED);
      zip.putNextEntry(entry);
      zip.write(files.get(path));
      zip.closeEntry();
    }
    zip.finish();
  }
}
