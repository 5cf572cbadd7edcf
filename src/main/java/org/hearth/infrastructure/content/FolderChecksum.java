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
 * The checksum that tells a changed course folder from an unchanged one, so an import skips what it
 * has already read. Counting the files is also where a folder holding a symbolic link, a file over
 * the size limit or too many files is refused, before any of it is read.
 */
final class FolderChecksum {

  private static final long MAX_ASSET_BYTES = 10_000_000;
  private static final int MAX_FILES = 5_000;

  private final Path root;

  FolderChecksum(Path root) {
    this.root = root;
  }

  /** SHA-256 over every file's relative path and bytes, in a stable order. */
  String of(Path dir) {
    MessageDigest digest = sha256();
    List<Path> files = filesOf(dir);
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

  private List<Path> filesOf(Path dir) {
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
