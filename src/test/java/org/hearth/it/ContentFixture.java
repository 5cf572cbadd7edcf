package org.hearth.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Writes small content folders on disk for import tests, each course with a unique slug. */
final class ContentFixture {

  final Path root;

  ContentFixture() {
    try {
      root = Files.createTempDirectory("hearth-content-");
      Files.createDirectories(root.resolve("courses"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid course with one module and two lessons, the second linking back to the first. */
  ContentFixture validCourse(String slug, String title) {
    write(
        slug + "/course.yaml",
        "title: " + title + "\nsummary: A fixture course\nauthors: [Test Author]\n");
    write(slug + "/01-start/module.yaml", "title: Getting started\n");
    write(
        slug + "/01-start/01-hello.md",
        "---\ntitle: Hello\nminutes: 3\npreview: true\n---\n# Hello\n\nFirst lesson text.\n");
    write(
        slug + "/01-start/02-next.md",
        "---\ntitle: Next steps\n---\nSee [the first lesson](01-hello.md).\n");
    return this;
  }

  ContentFixture write(String relative, String text) {
    try {
      Path file = root.resolve("courses").resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ContentFixture delete(String relative) {
    try {
      Files.delete(root.resolve("courses").resolve(relative));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
