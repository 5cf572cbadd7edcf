package org.hearth.domain.asset;

/**
 * An uploaded image turned away, with a sentence for the instructor that names the file (as {@link
 * UploadedFileName#forDisplay} shows it) and says why.
 */
public class ImageRefused extends RuntimeException {

  /** Why an image was refused, for callers that react differently to each. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    SVG,
    NOT_AN_IMAGE
  }

  private final String fileName;
  private final Reason reason;

  ImageRefused(String fileName, Reason reason, String message) {
    super(message, null, false, false);
    this.fileName = fileName;
    this.reason = reason;
  }

  /** The uploaded file's name as shown in the message; empty when it had none worth showing. */
  public String fileName() {
    return fileName;
  }

  public Reason reason() {
    return reason;
  }
}
