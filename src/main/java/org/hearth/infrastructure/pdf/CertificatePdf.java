package org.hearth.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.hearth.application.certificate.CertificateRenderer;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * A certificate of completion as a one-page landscape A4 PDF: quiet type in a thin frame, the
 * learner's name and the course in the middle, and at the foot the code and address anyone can use
 * to check it is genuine. Long names and titles shrink, then wrap, rather than overflow.
 * Thread-safe and stateless: share one.
 */
@ApplicationScoped
public class CertificatePdf implements CertificateRenderer {

  private static final PDRectangle LANDSCAPE_A4 =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final float TEXT_WIDTH = 620;

  @Override
  public byte[] certificate(
      String learnerName,
      String courseTitle,
      LocalDate completedOn,
      String verificationCode,
      String verifyUrl) {
    Objects.requireNonNull(completedOn, "completedOn");
    String name = text(learnerName);
    String course = text(courseTitle);
    String code = text(verificationCode);
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(document, false);
      PDPage page = new PDPage(LANDSCAPE_A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        new Layout(fonts, content)
            .write(name, course, DATE.format(completedOn), code, text(verifyUrl));
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Certificate of completion: " + course);
      info.setCreator("Hearth");
      PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
      preferences.setDisplayDocTitle(true);
      document.getDocumentCatalog().setViewerPreferences(preferences);
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The certificate " + code + " could not be written as a PDF", e);
    }
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  /** Sets the page from the top down, each line centred. */
  @Override
  public byte[] withNeutralDetails(byte[] certificatePdf) {
    return NeutralDetails.apply(certificatePdf, "Certificate");
  }

  private static final class Layout {

    private final PdfFonts fonts;
    private final PDPageContentStream content;
    private final float centre = LANDSCAPE_A4.getWidth() / 2;
    private float y = LANDSCAPE_A4.getHeight() - 92;

    Layout(PdfFonts fonts, PDPageContentStream content) {
      this.fonts = fonts;
      this.content = content;
    }

    void write(String name, String course, String date, String code, String verifyUrl)
        throws IOException {
      frame();
      title();
      recipient(name, course, date);
      verification(code, verifyUrl);
    }

    /** The platform's name, what the page is, and a short rule under it. */
    private void title() throws IOException {
      Ink.ACCENT.fill(content);
      content.setCharacterSpacing(3);
      centred("HEARTH", Style.BOLD, 10, 3);
      content.setCharacterSpacing(0);
      y -= 52;
      Ink.HEADING.fill(content);
      centred("Certificate of completion", Style.REGULAR, 30, 0);
      y -= 22;
      Ink.ACCENT.stroke(content);
      content.setLineWidth(0.8f);
      content.moveTo(centre - 30, y);
      content.lineTo(centre + 30, y);
      content.stroke();
    }

    /** Who completed which course, and when. */
    private void recipient(String name, String course, String date) throws IOException {
      y -= 38;
      Ink.MUTED.fill(content);
      centred("This certifies that", Style.REGULAR, 12, 0);
      y -= 44;
      Ink.TEXT.fill(content);
      block(name, Style.BOLD, 30, 14, 2);
      y -= 36;
      Ink.MUTED.fill(content);
      centred("has completed the course", Style.REGULAR, 12, 0);
      y -= 34;
      Ink.HEADING.fill(content);
      block(course, Style.REGULAR, 21, 12, 3);
      y -= 32;
      Ink.MUTED.fill(content);
      centred("on " + date, Style.REGULAR, 12, 0);
    }

    /** The code anyone can check the certificate by, at a fixed height near the foot. */
    private void verification(String code, String verifyUrl) throws IOException {
      y = 104;
      Ink.MUTED.fill(content);
      centred("Verification code", Style.REGULAR, 8, 0);
      y -= 17;
      Ink.TEXT.fill(content);
      content.setCharacterSpacing(1);
      centred(code, Style.BOLD, 12, 1);
      content.setCharacterSpacing(0);
      if (!verifyUrl.isEmpty()) {
        y -= 17;
        Ink.MUTED.fill(content);
        block("Verify at " + verifyUrl, Style.REGULAR, 9, 6, 2);
      }
    }

    /**
     * Centred text: on one line if shrinking to 80% of {@code size} achieves it, otherwise shrunk
     * towards {@code smallest} until it takes at most {@code most} lines.
     */
    private void block(String text, Style style, float size, float smallest, int most)
        throws IOException {
      float at = size;
      List<Line> lines = TextLines.wrap(text, style, fonts, at, TEXT_WIDTH);
      while (lines.size() > 1 && at - 1 >= size * 0.8f) {
        at -= 1;
        lines = TextLines.wrap(text, style, fonts, at, TEXT_WIDTH);
      }
      while (lines.size() > most && at - 1 >= smallest) {
        at -= 1;
        lines = TextLines.wrap(text, style, fonts, at, TEXT_WIDTH);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          y -= at * 1.25f;
        }
        centred(lines.get(i), at, 0);
      }
    }

    /**
     * One line of text centred on the page (cut short if it is too long, which fixed texts are
     * not).
     */
    private void centred(String text, Style style, float size, float spacing) throws IOException {
      centred(TextLines.wrap(text, style, fonts, size, TEXT_WIDTH).get(0), size, spacing);
    }

    /** Draws a line centred on the page; {@code spacing} is the extra space after each letter. */
    private void centred(Line line, float size, float spacing) throws IOException {
      int letters =
          line.pieces().stream().mapToInt(p -> p.text().codePointCount(0, p.text().length())).sum();
      float width = line.width() + spacing * Math.max(0, letters - 1);
      line.draw(content, centre - width / 2, y, size);
    }

    private void frame() throws IOException {
      float width = LANDSCAPE_A4.getWidth();
      float height = LANDSCAPE_A4.getHeight();
      Ink.ACCENT.stroke(content);
      content.setLineWidth(1.2f);
      content.addRect(24, 24, width - 48, height - 48);
      content.stroke();
      content.setLineWidth(0.4f);
      content.addRect(30, 30, width - 60, height - 60);
      content.stroke();
    }
  }
}
