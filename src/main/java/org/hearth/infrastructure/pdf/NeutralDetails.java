package org.hearth.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A PDF's document details (what a viewer's title bar, "Properties" panel and file manager show)
 * replaced by one plain title, naming no course or lesson: for discreet mode. The pages themselves
 * are left as they are.
 */
final class NeutralDetails {

  private NeutralDetails() {}

  static byte[] apply(byte[] pdf, String plainTitle) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(plainTitle);
      info.setCreator("Hearth");
      document.setDocumentInformation(info);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF's details could not be made neutral", e);
    }
  }
}
