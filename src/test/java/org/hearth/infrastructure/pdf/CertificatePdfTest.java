package org.hearth.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final String CODE = "7K2M-9QXD-H3B0-WZ4T-PN8R-CF6V-J5SE";

  private final CertificatePdf pdf = new CertificatePdf();

  @Test
  void theCertificateNamesTheLearnerTheCourseTheDateAndHowToCheckIt() throws IOException {
    byte[] bytes =
        pdf.certificate(
            "Ada Lovelace",
            "Empathy and Safety After Betrayal",
            LocalDate.of(2026, 11, 27),
            CODE,
            "https://hearth.example/verify/" + CODE);

    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      assertAll(
          () -> assertEquals(1, document.getNumberOfPages()),
          () -> assertTrue(text.contains("Certificate of completion"), text),
          () -> assertTrue(text.contains("Ada Lovelace"), text),
          () -> assertTrue(text.contains("Empathy and Safety After Betrayal"), text),
          () -> assertTrue(text.contains("27 November 2026"), text),
          () -> assertTrue(text.replace(" ", "").contains(CODE), text),
          () -> assertTrue(text.contains("Verify at https://hearth.example/verify/" + CODE), text));
      PDRectangle page = document.getPage(0).getMediaBox();
      assertTrue(page.getWidth() > page.getHeight(), "landscape");
      assertEquals(PDRectangle.A4.getHeight(), page.getWidth(), 0.5);
      assertNull(document.getDocumentCatalog().getAcroForm());
    }
  }

  @Test
  void namesInAnyLatinGreekOrCyrillicLettersAndVeryLongTitlesStillFit() throws IOException {
    String title =
        "A very long course title that goes on, and on, about empathy, safety, betrayal, repair, "
            + "boundaries, trust and the slow work of coming home to yourself after it all";
    byte[] bytes =
        pdf.certificate(
            "Zoë Łukasiewicz-Παπαδοπούλου",
            title,
            LocalDate.of(2026, 1, 5),
            CODE,
            "https://hearth.example/verify/" + CODE);

    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertEquals(1, document.getNumberOfPages());
      assertTrue(text.contains("Zoë Łukasiewicz-Παπαδοπούλου"), text);
      assertTrue(text.contains("coming home to yourself after it all"), text);
      assertTrue(text.contains("5 January 2026"), text);
      assertEquals(List.of(), charactersOutsideThePage(document), "every letter lies on the page");
    }
  }

  /** Each character whose box leaves the page's printable area (12 pt in from each edge). */
  private static List<String> charactersOutsideThePage(PDDocument document) throws IOException {
    PDRectangle page = document.getPage(0).getMediaBox();
    float margin = 12;
    List<String> outside = new ArrayList<>();
    int[] seen = {0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String string, List<TextPosition> letters) {
            for (TextPosition letter : letters) {
              seen[0]++;
              float left = letter.getXDirAdj();
              float right = left + letter.getWidthDirAdj();
              float baseline = letter.getYDirAdj();
              float top = baseline - letter.getHeightDir();
              if (left < margin
                  || right > page.getWidth() - margin
                  || top < margin
                  || baseline > page.getHeight() - margin) {
                outside.add(letter.getUnicode() + " at " + left + "," + baseline);
              }
            }
          }
        };
    stripper.getText(document);
    if (seen[0] < 20) {
      outside.add("no letters were found at all"); // so the check cannot pass by seeing nothing
    }
    return outside;
  }
}
