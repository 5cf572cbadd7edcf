package org.hearth.domain.asset;

import java.util.Optional;

/**
 * The image formats an instructor may upload, each recognised by the magic bytes its files start
 * with. The file name and the browser's declared content type are never consulted: both are
 * whatever the uploader says, while the first bytes are what a browser will actually decode.
 */
public enum ImageType {
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF87A = {'G', 'I', 'F', '8', '7', 'a'};
  private static final byte[] GIF89A = {'G', 'I', 'F', '8', '9', 'a'};
  private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
  private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};

  /** Where a RIFF file names its form, after "RIFF" and the four-byte length. */
  private static final int RIFF_FORM_OFFSET = 8;

  private final String contentType;
  private final String extension;

  ImageType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The media type to serve the image with, such as {@code image/png}. */
  public String contentType() {
    return contentType;
  }

  /** The extension a stored image of this type gets, without the dot: png, jpg, gif or webp. */
  public String extension() {
    return extension;
  }

  /**
   * The type whose signature the bytes start with, or empty when they start with none of them.
   * {@code head} may be the whole file or only its first bytes; 12 are enough.
   */
  public static Optional<ImageType> detect(byte[] head) {
    if (head == null) {
      return Optional.empty();
    }
    if (startsWith(head, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0, JPEG_SIGNATURE)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0, GIF87A) || startsWith(head, 0, GIF89A)) {
      return Optional.of(GIF);
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, RIFF_FORM_OFFSET, WEBP_FORM)) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The type whose extension this is (exactly, lower case), or empty. */
  public static Optional<ImageType> forExtension(String extension) {
    for (ImageType type : values()) {
      if (type.extension.equals(extension)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
    if (bytes.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[offset + i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
