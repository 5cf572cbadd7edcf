package org.hearth.infrastructure.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.hearth.application.authoring.ArchiveProblem;
import org.hearth.application.authoring.CourseArchiveFormat.CourseFiles;

/**
 * Reads an uploaded zip of one course folder into memory, refusing it whole — before anything is
 * written anywhere — when any entry is unsafe: a path with {@code ..}, an absolute path, a drive
 * letter, a backslash or a control character; a symbolic link; more files or more bytes than the
 * limits allow (checked from the central directory first, then while inflating); duplicates; or
 * more than one top-level folder.
 */
public final class CourseArchiveReader {

  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int UNIX = 3;
  private static final int FILE_TYPE_MASK = 0170000;
  private static final int SYMBOLIC_LINK = 0120000;
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private final ArchiveLimits limits;

  public CourseArchiveReader(ArchiveLimits limits) {
    this.limits = limits;
  }

  public CourseFiles read(byte[] archive) {
    if (archive.length > limits.maxArchiveBytes()) {
      throw new ArchiveProblem(
          null,
          "is " + archive.length + " bytes; an archive may be at most " + limits.maxArchiveBytes());
    }
    checkCentralDirectory(archive);
    Unpacked unpacked = new Unpacked();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        unpack(zip, entry, unpacked);
      }
    } catch (ZipException e) {
      throw new ArchiveProblem(null, "is not a readable zip archive: " + e.getMessage());
    } catch (IOException e) {
      throw new ArchiveProblem(null, "cannot be read: " + e.getMessage());
    }
    if (unpacked.folder == null || unpacked.files.isEmpty()) {
      throw new ArchiveProblem(
          null, "holds no files; export a course, or zip a course folder such as my-course/");
    }
    return new CourseFiles(unpacked.folder, unpacked.files);
  }

  /** What has been read so far: the one top-level folder, its files, and their bytes in all. */
  private static final class Unpacked {
    private String folder;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long total;
  }

  private void unpack(ZipInputStream zip, ZipEntry entry, Unpacked unpacked) throws IOException {
    String name = entry.getName();
    checkName(name);
    String top = name.substring(0, name.indexOf('/') < 0 ? name.length() : name.indexOf('/'));
    if (unpacked.folder == null) {
      unpacked.folder = top;
    } else if (!unpacked.folder.equals(top)) {
      throw new ArchiveProblem(
          name,
          "is outside the course folder "
              + unpacked.folder
              + "/; an archive holds exactly one course folder");
    }
    if (entry.isDirectory()) {
      return;
    }
    if (!name.contains("/")) {
      throw new ArchiveProblem(
          name,
          "is a file at the top of the archive; put the course's files in one folder, such as"
              + " my-course/");
    }
    if (unpacked.files.size() >= limits.maxFiles()) {
      throw new ArchiveProblem(
          name,
          "is one file too many: an archive may hold at most " + limits.maxFiles() + " files");
    }
    byte[] bytes = inflate(zip, name, limits.maxTotalBytes() - unpacked.total);
    unpacked.total += bytes.length;
    String path = name.substring(unpacked.folder.length() + 1);
    if (unpacked.files.put(path, bytes) != null) {
      throw new ArchiveProblem(name, "appears twice in the archive");
    }
  }

  private byte[] inflate(InputStream zip, String name, long allowance) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int read;
    while ((read = zip.read(buffer)) > 0) {
      if (out.size() + (long) read > allowance) {
        throw new ArchiveProblem(
            name,
            "takes the archive past "
                + limits.maxTotalBytes()
                + " bytes uncompressed; that is the limit");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  static void checkName(String name) {
    if (name.isEmpty()) {
      throw new ArchiveProblem(name, "has no name");
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new ArchiveProblem(name, "has a control character in its name");
      }
    }
    if (name.indexOf('\\') >= 0) {
      throw new ArchiveProblem(name, "has a backslash in its name; archives use / between folders");
    }
    if (name.startsWith("/")) {
      throw new ArchiveProblem(
          name, "is an absolute path; entries must be relative to the course folder");
    }
    if (DRIVE.matcher(name).matches()) {
      throw new ArchiveProblem(
          name, "starts with a drive letter; entries must be relative to the course folder");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        throw new ArchiveProblem(
            name,
            "has a \"" + segment + "\" segment; entries may not climb out of the course folder");
      }
    }
    if (name.contains("//")) {
      throw new ArchiveProblem(name, "has an empty folder name (//)");
    }
  }

  /**
   * Reads the central directory, which the zip's end record points to: entry names, declared sizes
   * and the file type a Unix zip records, so counts, sizes and links are refused before inflating.
   */
  private void checkCentralDirectory(byte[] archive) {
    ByteBuffer bytes = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    int end = findEnd(bytes);
    int count = Short.toUnsignedInt(bytes.getShort(end + 10));
    long size = Integer.toUnsignedLong(bytes.getInt(end + 12));
    long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
    if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
      throw new ArchiveProblem(
          null,
          "is a ZIP64 archive; a course archive is far smaller, so Hearth does not accept those");
    }
    if (count > limits.maxFiles() * 2L) {
      throw new ArchiveProblem(
          null,
          "lists "
              + count
              + " entries; an archive may hold at most "
              + limits.maxFiles()
              + " files");
    }
    if (offset + size > archive.length) {
      throw new ArchiveProblem(null, "has a central directory outside the archive; it is damaged");
    }
    Declared declared = new Declared();
    int position = (int) offset;
    for (int i = 0; i < count; i++) {
      position = checkCentralEntry(archive, bytes, position, declared);
    }
  }

  /** Files and uncompressed bytes the central directory has declared so far. */
  private static final class Declared {
    private int files;
    private long bytes;
  }

  /** Checks the central directory entry at {@code position}; returns where the next one starts. */
  private int checkCentralEntry(byte[] archive, ByteBuffer bytes, int position, Declared declared) {
    if (position + 46 > archive.length || bytes.getInt(position) != CENTRAL_HEADER) {
      throw new ArchiveProblem(null, "has a damaged central directory");
    }
    int madeBy = Short.toUnsignedInt(bytes.getShort(position + 4)) >> 8;
    long uncompressed = Integer.toUnsignedLong(bytes.getInt(position + 24));
    int nameLength = Short.toUnsignedInt(bytes.getShort(position + 28));
    int extraLength = Short.toUnsignedInt(bytes.getShort(position + 30));
    int commentLength = Short.toUnsignedInt(bytes.getShort(position + 32));
    long external = Integer.toUnsignedLong(bytes.getInt(position + 38));
    if (position + 46 + nameLength > archive.length) {
      throw new ArchiveProblem(null, "has a damaged central directory");
    }
    String name = new String(archive, position + 46, nameLength, StandardCharsets.UTF_8);
    checkName(name);
    if (madeBy == UNIX && ((external >> 16) & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
      throw new ArchiveProblem(
          name, "is a symbolic link; archives may hold only files and folders");
    }
    if (!name.endsWith("/")) {
      declared.files++;
      declared.bytes += uncompressed;
    }
    if (declared.files > limits.maxFiles()) {
      throw new ArchiveProblem(
          name,
          "is one file too many: an archive may hold at most " + limits.maxFiles() + " files");
    }
    if (declared.bytes > limits.maxTotalBytes()) {
      throw new ArchiveProblem(
          name,
          "takes the archive past "
              + limits.maxTotalBytes()
              + " bytes uncompressed; that is the limit");
    }
    return position + 46 + nameLength + extraLength + commentLength;
  }

  private static int findEnd(ByteBuffer bytes) {
    if (bytes.limit() < 22) {
      throw new ArchiveProblem(null, "is not a zip archive (too short)");
    }
    int last = bytes.limit() - 22;
    int first = Math.max(0, last - 65_535);
    for (int position = last; position >= first; position--) {
      if (bytes.getInt(position) == END_OF_CENTRAL_DIRECTORY) {
        return position;
      }
    }
    throw new ArchiveProblem(null, "is not a zip archive (no end of central directory)");
  }

  /** The files in path order, for callers that write them out. */
  public static List<String> paths(CourseFiles course) {
    return course.files().keySet().stream().sorted().toList();
  }
}
