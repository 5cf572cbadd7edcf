package org.hearth.infrastructure.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one course folder as its reading sees them: named in problems by their path inside
 * the content folder, read as UTF-8 text within a size limit, and listed in the order their numbers
 * give. Symbolic links are refused, so only files inside the content folder are read; what cannot
 * be read is reported to the folder's problem list rather than thrown.
 */
final class CourseFiles {

  private static final long MAX_TEXT_BYTES = 1_000_000;

  /**
   * GIFT files are question banks exported from Moodle, often thousands of questions: a 1 MB bank
   * holds about 2,300, so a bank may be eight times that.
   */
  static final long MAX_GIFT_BYTES = 8_000_000;

  private final Path root;
  private final Path dir;
  private final ProblemList problems;

  CourseFiles(Path root, Path dir, ProblemList problems) {
    this.root = root;
    this.dir = dir;
    this.problems = problems;
  }

  /** The course folder itself. */
  Path dir() {
    return dir;
  }

  ProblemList problems() {
    return problems;
  }

  String relative(Path path) {
    return ContentNames.relative(root, path);
  }

  Optional<String> readText(Path file) {
    String path = relative(file);
    try {
      if (Files.isSymbolicLink(file)) {
        problems.add(
            path, 0, "is a symbolic link; Hearth reads only real files inside the content folder");
        return Optional.empty();
      }
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      long limit = path.endsWith(".gift") ? MAX_GIFT_BYTES : MAX_TEXT_BYTES;
      if (attributes.size() > limit) {
        problems.add(
            path,
            0,
            "is "
                + attributes.size()
                + " bytes; "
                + (limit == MAX_GIFT_BYTES ? "a GIFT question bank" : "a text file")
                + " may be at most "
                + limit);
        return Optional.empty();
      }
      return Optional.of(utf8(Files.readAllBytes(file)));
    } catch (CharacterCodingException e) {
      problems.add(path, 0, "is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      problems.add(path, 0, "cannot be read: " + e.getClass().getSimpleName());
    }
    return Optional.empty();
  }

  /** The entries of a folder, numbered ones by their number. */
  List<Path> list(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.sorted(ContentNames.BY_NUMBER).toList();
    } catch (IOException e) {
      problems.add(relative(directory), 0, "cannot be listed: " + e.getClass().getSimpleName());
      return List.of();
    }
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
