package org.hearth.infrastructure.archive;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.hearth.application.authoring.CourseArchiveFormat;

/** Course archives as zips within {@link ArchiveLimits#COURSE}. */
@ApplicationScoped
public class CourseZip implements CourseArchiveFormat {

  private final CourseArchiveReader reader = new CourseArchiveReader(ArchiveLimits.COURSE);

  @Override
  public CourseFiles read(byte[] archive) {
    return reader.read(archive);
  }

  @Override
  public byte[] write(String folder, Map<String, byte[]> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CourseArchiveWriter.write(folder, files, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
