package org.hearth.domain.asset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An image an instructor uploaded to a course, checked and named for storage. Only PNG, JPEG, GIF
 * and WebP are accepted, recognised by their content, up to {@link #MAX_BYTES} each. The stored
 * name comes from the content too (the first 20 hex characters of its SHA-256, then the extension
 * of its real type), so nothing the uploader chose reaches the file system or a URL, and the same
 * image uploaded twice is stored once.
 *
 * <p>Instances exist only through {@link #check}, so holding one means the checks passed. The bytes
 * are copied in and out: a caller cannot change an image after it was checked.
 */
public final class ImageUpload {

  /** The largest image accepted: 5 MB. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;

  /** Hex characters of the SHA-256 in a stored name: 80 bits, so no two images meet by chance. */
  static final int HASH_CHARS = 20;

  private static final Pattern STORED_NAME =
      Pattern.compile(
          "([0-9a-f]{"
              + HASH_CHARS
              + "})\\.("
              + Stream.of(ImageType.values())
                  .map(ImageType::extension)
                  .collect(Collectors.joining("|"))
              + ")");
  private static final String ACCEPTED = "a PNG, JPEG, GIF or WebP image";

  private final String storedName;
  private final ImageType type;
  private final byte[] bytes;

  private ImageUpload(String storedName, ImageType type, byte[] bytes) {
    this.storedName = storedName;
    this.type = type;
    this.bytes = bytes;
  }

  /**
   * Checks an uploaded file by its content and names it for storage.
   *
   * @param originalName the name the browser sent, used only in refusal messages; may be null
   * @param bytes the file's content; a caller reading a stream need read no more than {@code
   *     MAX_BYTES + 1} bytes to have a larger file refused
   * @throws ImageRefused when the file is empty, larger than {@link #MAX_BYTES}, an SVG, or not a
   *     PNG, JPEG, GIF or WebP image whatever its name says
   */
  public static ImageUpload check(String originalName, byte[] bytes) {
    String shown = UploadedFileName.forDisplay(originalName);
    String subject = shown.isEmpty() ? "The uploaded file" : "\"" + shown + "\"";
    if (bytes == null || bytes.length == 0) {
      throw new ImageRefused(
          shown,
          ImageRefused.Reason.EMPTY,
          subject + " is empty; choose " + ACCEPTED + " to upload");
    }
    if (bytes.length > MAX_BYTES) {
      throw new ImageRefused(
          shown,
          ImageRefused.Reason.TOO_LARGE,
          subject
              + " is larger than "
              + MAX_BYTES / (1024 * 1024)
              + " MB, the most an image may be; make it smaller and upload it again");
    }
    byte[] copy = bytes.clone();
    Optional<ImageType> type = ImageType.detect(copy);
    if (type.isEmpty()) {
      if (SvgSniffer.looksLikeSvg(copy)) {
        throw new ImageRefused(
            shown,
            ImageRefused.Reason.SVG,
            subject
                + " is an SVG or XML file; SVG is not accepted because it can carry scripts, so"
                + " save it as a PNG instead");
      }
      throw new ImageRefused(
          shown,
          ImageRefused.Reason.NOT_AN_IMAGE,
          subject + " is not " + ACCEPTED + " (its content was checked, not its name)");
    }
    Optional<String> broken = ImageContent.problem(copy, type.get());
    if (broken.isPresent()) {
      throw new ImageRefused(shown, ImageRefused.Reason.NOT_AN_IMAGE, subject + " " + broken.get());
    }
    return new ImageUpload(storedName(copy, type.get()), type.get(), copy);
  }

  /** Whether a name is one {@link #check} could have generated, such as {@code 3f9a…c2.png}. */
  public static boolean isStoredName(String name) {
    return storedType(name).isPresent();
  }

  /** The type a generated name stands for, or empty when the name is not a generated one. */
  public static Optional<ImageType> storedType(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Matcher matcher = STORED_NAME.matcher(name);
    return matcher.matches() ? ImageType.forExtension(matcher.group(2)) : Optional.empty();
  }

  /** The name to store and serve the image under: hash of the content plus its real extension. */
  public String storedName() {
    return storedName;
  }

  /** What the content is, whatever the file was called. */
  public ImageType type() {
    return type;
  }

  /** A copy of the image's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageUpload that
        && storedName.equals(that.storedName)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return storedName.hashCode();
  }

  @Override
  public String toString() {
    return "ImageUpload["
        + storedName
        + ", "
        + type.contentType()
        + ", "
        + bytes.length
        + " bytes]";
  }

  private static String storedName(byte[] bytes, ImageType type) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(hash).substring(0, HASH_CHARS) + "." + type.extension();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
