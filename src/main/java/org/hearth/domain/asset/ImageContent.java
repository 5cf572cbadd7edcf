package org.hearth.domain.asset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that a file is the whole image its first bytes claim, not just a signature in front of
 * something else (an SVG, a page, a script). PNG, JPEG and GIF are decoded in full with the JDK's
 * own readers, after their dimensions are checked so a tiny file cannot make the server unpack a
 * gigapixel. The JDK has no WebP reader, so a WebP file's RIFF structure is checked instead: its
 * declared size, and a first chunk that is WebP image data of a size that fits the file.
 */
final class ImageContent {

  /**
   * The most pixels an uploaded image may have: 40 million, more than any camera a learner will see
   * on a page.
   */
  static final long MAX_PIXELS = 40_000_000L;

  private ImageContent() {}

  /** What is wrong with {@code bytes} as a {@code type} image, or empty when it decodes. */
  static Optional<String> problem(byte[] bytes, ImageType type) {
    return type == ImageType.WEBP ? webpProblem(bytes) : decodingProblem(bytes, type);
  }

  private static Optional<String> decodingProblem(byte[] bytes, ImageType type) {
    String format = type == ImageType.JPEG ? "jpeg" : type.extension();
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("this Java runtime cannot read " + format);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(input, true, true);
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width * height > MAX_PIXELS) {
        return Optional.of(
            "is "
                + width
                + " × "
                + height
                + " pixels; an image may have at most 40 million, so make it smaller");
      }
      reader.read(0);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          "starts like a "
              + type.name()
              + " image but is not one (it could not be decoded); save it again as a "
              + type.name()
              + " and upload that");
    } finally {
      reader.dispose();
    }
  }

  private static Optional<String> webpProblem(byte[] bytes) {
    String broken =
        "starts like a WEBP image but is not one (its structure is broken); save it again as a WEBP"
            + " and upload that";
    if (bytes.length < 20) {
      return Optional.of(broken);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long riffSize = Integer.toUnsignedLong(buffer.getInt(4));
    String chunk = new String(bytes, 12, 4, StandardCharsets.ISO_8859_1);
    long chunkSize = Integer.toUnsignedLong(buffer.getInt(16));
    boolean sizeFits =
        riffSize + 8 == bytes.length || riffSize + 9 == bytes.length; // odd sizes are padded
    boolean imageChunk = chunk.equals("VP8 ") || chunk.equals("VP8L") || chunk.equals("VP8X");
    return sizeFits && imageChunk && chunkSize > 0 && 20 + chunkSize <= bytes.length
        ? Optional.empty()
        : Optional.of(broken);
  }
}
