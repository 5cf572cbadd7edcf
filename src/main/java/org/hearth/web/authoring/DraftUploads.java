package org.hearth.web.authoring;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseArchives;
import org.hearth.application.authoring.CourseDrafts;
import org.hearth.domain.asset.ImageRefused;
import org.hearth.domain.asset.ImageUpload;
import org.hearth.web.account.CurrentUser;

/**
 * Files the course editor takes into a draft: an image, checked by its content and renamed, or a
 * zip of a course folder that replaces the draft. Uploads are read only up to one byte over their
 * limit, so an oversized file is refused without being held whole.
 */
@Dependent
class DraftUploads {

  /** A course zip is capped at 50 MB inside; the request may carry up to 60. */
  private static final long MAX_ZIP_BYTES = 60L * 1024 * 1024;

  @Inject CurrentUser viewer;
  @Inject CourseDrafts drafts;
  @Inject CourseArchives archives;

  /** Stores the image under assets/ and says how a lesson shows it. */
  String image(String slug, Part upload) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, "Choose an image to upload.");
    }
    ImageUpload image;
    try {
      image =
          ImageUpload.check(upload.getSubmittedFileName(), read(upload, ImageUpload.MAX_BYTES + 1));
    } catch (ImageRefused e) {
      throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, e.getMessage());
    }
    drafts.put(viewer.require(), slug, "assets/" + image.storedName(), image.bytes());
    return "Uploaded as assets/"
        + image.storedName()
        + ". In a lesson, write ![describe the image](../assets/"
        + image.storedName()
        + ").";
  }

  String zip(String slug, Part upload) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      throw new AuthoringProblem(AuthoringProblem.Kind.INVALID, "Choose a zip to upload.");
    }
    archives.importAsDraft(viewer.require(), slug, read(upload, MAX_ZIP_BYTES + 1));
    return "The zip is now the draft. Compare it below, then publish when it is right.";
  }

  private static byte[] read(Part part, long limit) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
    }
  }
}
