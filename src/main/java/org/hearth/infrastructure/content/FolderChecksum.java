package org.hearth.infrastructure.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checksums that tell a changed course folder from an unchanged one, so an import skips what it
 * has already read, or already refused. Counting the files is also where a folder holding a
 * symbolic link, a file over the size limit or too many files is refused, before any of it is read.
 */
final class FolderChecksum {

  private static final long MAX_ASSET_BYTES = 10_000_000;
  private static final int MAX_FILES = 5_000;

  private final Path root;

  FolderChecksum(Path root) {
    this.root = root;
  }

  /**
   * The folder's two checksums: of its files, what its draft remembers; and of its files and
   * folders, what a reading depends on.
   */
  record Sums(String files, String reading) {}

  /**
   * SHA-256 over every file's relative path and bytes, in a stable order; and a second SHA-256 over
   * that and every folder's relative path: an empty folder holds no file, yet a reading can report
   * it (a stray folder, an empty module).
   */
  Sums sums(Path dir) {
    List<Path> folders = new ArrayList<>();
    List<Path> files = filesOf(dir, folders);
    String filesSum = digest(files);
    MessageDigest reading = sha256();
    reading.update(filesSum.getBytes(StandardCharsets.UTF_8));
    for (Path folder : folders) {
      reading.update((byte) 0);
      reading.update(relative(folder).getBytes(StandardCharsets.UTF_8));
    }
    return new Sums(filesSum, HexFormat.of().formatHex(reading.digest()));
  }

  private String digest(List<Path> files) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          digest.update(buffer, 0, read);
        }
      } catch (IOException e) {
        throw new ContentException(relative(file), "cannot be read: " + e.getMessage());
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The regular files under {@code dir}, in path order; its folders are added to {@code folders}.
   */
  private List<Path> filesOf(Path dir, List<Path> folders) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted().toList()) {
        if (Files.isSymbolicLink(path)) {
          throw new ContentException(
              relative(path),
              "is a symbolic link; Hearth reads only real files inside the content folder");
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.size(path) > MAX_ASSET_BYTES) {
            throw new ContentException(
                relative(path),
                "is " + Files.size(path) + " bytes; files may be at most " + MAX_ASSET_BYTES);
          }
          files.add(path);
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          folders.add(path);
        }
      }
    } catch (IOException e) {
      throw new ContentException(relative(dir), "cannot be read: " + e.getMessage());
    }
    if (files.size() > MAX_FILES) {
      throw new ContentException(
          relative(dir), "holds " + files.size() + " files; the limit is " + MAX_FILES);
    }
    return files;
  }

  private String relative(Path path) {
    return ContentNames.relative(root, path);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
