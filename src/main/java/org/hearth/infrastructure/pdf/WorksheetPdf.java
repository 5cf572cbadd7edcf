package org.hearth.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.hearth.application.worksheet.WorksheetRenderer;
import org.hearth.domain.worksheet.WorksheetBlock;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * A worksheet as a printable, fillable A4 PDF: its title and course, then its prose and fields in
 * order, each field a real form field named as on the web page. Blank, to print or fill in on
 * screen, or filled in with a learner's saved answers. Thread-safe and stateless: share one.
 */
@ApplicationScoped
public class WorksheetPdf implements WorksheetRenderer {

  private static final float TITLE_SIZE = 20;
  private static final float FOOTER_SIZE = 8;

  /** A blank worksheet to print or to fill in on screen. */
  @Override
  public byte[] blank(String courseTitle, String worksheetTitle, WorksheetDefinition worksheet) {
    return render(courseTitle, worksheetTitle, worksheet, Map.of());
  }

  /**
   * The worksheet holding a learner's answers, by field name. Answers for names the worksheet does
   * not have, and answers a field cannot hold (a scale of 11), are left out.
   */
  @Override
  public byte[] filled(
      String courseTitle,
      String worksheetTitle,
      WorksheetDefinition worksheet,
      Map<String, String> answers) {
    return render(courseTitle, worksheetTitle, worksheet, answers == null ? Map.of() : answers);
  }

  @Override
  public byte[] withNeutralDetails(byte[] worksheetPdf) {
    return NeutralDetails.apply(worksheetPdf, "Worksheet");
  }

  private byte[] render(
      String courseTitle,
      String worksheetTitle,
      WorksheetDefinition worksheet,
      Map<String, String> answers) {
    Objects.requireNonNull(worksheet, "worksheet");
    String course = courseTitle == null ? "" : courseTitle;
    String title =
        worksheetTitle == null || worksheetTitle.isBlank() ? "Worksheet" : worksheetTitle;
    Map<String, String> values = values(worksheet, answers);
    // A field showing letters beyond WinAnsi needs the whole fallback font, so it stays editable.
    boolean fullFallback =
        values.values().stream().anyMatch(v -> PdfFonts.needsFallback(PdfFonts.clean(v, true)));
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(document, fullFallback);
      PageFlow flow = new PageFlow(document);
      ProseWriter prose = new ProseWriter(fonts, flow);
      FieldWriter fields = new FieldWriter(document, fonts, flow);

      heading(fonts, flow, title, course);
      prose.write(worksheet.description());
      rule(flow);
      for (WorksheetBlock block : worksheet.blocks()) {
        if (block.isField()) {
          fields.add(block.field(), values.get(block.field().name()));
        } else {
          prose.write(block.proseMarkdown());
        }
      }
      fields.finish();
      String footerText = course.isBlank() ? title : title + " · " + course;
      flow.finish((content, page, pages) -> footer(fonts, flow, content, footerText, page, pages));
      describe(document, title, course);
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The worksheet \"" + title + "\" could not be written as a PDF", e);
    }
  }

  /** The answers the worksheet's fields can hold, by field name. */
  private static Map<String, String> values(
      WorksheetDefinition worksheet, Map<String, String> answers) {
    Map<String, String> values = new HashMap<>();
    if (answers.isEmpty()) {
      return values;
    }
    for (WorksheetField field : worksheet.fields()) {
      String answer = answers.get(field.name());
      if (answer == null || answer.isBlank()) {
        continue;
      }
      String value =
          switch (field.type()) {
            case CHECKBOX -> "true".equalsIgnoreCase(answer.strip()) ? "true" : null;
            case SCALE ->
                FieldWriter.SCALE_OPTIONS.contains(answer.strip()) ? answer.strip() : null;
            case DATE -> answer.strip();
            case TEXT, LONG_TEXT -> answer; // the learner's words, as they typed them
          };
      if (value != null) {
        values.put(field.name(), value);
      }
    }
    return values;
  }

  private static void heading(PdfFonts fonts, PageFlow flow, String title, String course)
      throws IOException {
    List<Line> titleLines = TextLines.wrap(title, Style.BOLD, fonts, TITLE_SIZE, flow.width());
    for (Line line : titleLines) {
      float top = flow.place(TITLE_SIZE * 1.25f);
      Ink.HEADING.fill(flow.content());
      line.draw(
          flow.content(),
          flow.left(),
          ProseWriter.baseline(top, TITLE_SIZE, TITLE_SIZE * 1.25f),
          TITLE_SIZE);
    }
    if (!course.isBlank()) {
      flow.gap(3);
      for (Line line : TextLines.wrap(course, Style.REGULAR, fonts, 11, flow.width())) {
        float top = flow.place(15);
        Ink.MUTED.fill(flow.content());
        line.draw(flow.content(), flow.left(), ProseWriter.baseline(top, 11, 15), 11);
      }
    }
    flow.gap(12);
  }

  private static void rule(PageFlow flow) throws IOException {
    flow.gap(4);
    float top = flow.place(1);
    PDPageContentStream content = flow.content();
    Ink.RULE.stroke(content);
    content.setLineWidth(0.6f);
    content.moveTo(flow.left(), top);
    content.lineTo(flow.left() + flow.width(), top);
    content.stroke();
    flow.gap(14);
  }

  private static void footer(
      PdfFonts fonts, PageFlow flow, PDPageContentStream content, String text, int page, int pages)
      throws IOException {
    String number = "Page " + page + " of " + pages;
    float numberWidth = fonts.width(number, Style.REGULAR, FOOTER_SIZE);
    float room = flow.width() - numberWidth - 24;
    List<Line> lines = TextLines.wrap(text, Style.REGULAR, fonts, FOOTER_SIZE, room);
    if (lines.size() > 1) {
      lines =
          TextLines.wrap(
              shown(lines.get(0)).stripTrailing() + "…",
              Style.REGULAR,
              fonts,
              FOOTER_SIZE,
              room + 12);
    }
    Ink.MUTED.fill(content);
    float y = flow.footerBaseline();
    lines.get(0).draw(content, flow.left(), y, FOOTER_SIZE);
    TextLines.wrap(number, Style.REGULAR, fonts, FOOTER_SIZE, flow.width())
        .get(0)
        .draw(content, flow.left() + flow.width() - numberWidth, y, FOOTER_SIZE);
  }

  private static String shown(Line line) {
    StringBuilder text = new StringBuilder();
    line.pieces().forEach(piece -> text.append(piece.text()));
    return text.toString();
  }

  private static void describe(PDDocument document, String title, String course) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    if (!course.isBlank()) {
      info.setSubject(course);
    }
    info.setCreator("Hearth");
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
