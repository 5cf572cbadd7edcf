package org.hearth.infrastructure.pdf;

import static org.hearth.infrastructure.pdf.WorksheetSamples.field;
import static org.hearth.infrastructure.pdf.WorksheetSamples.prose;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetBlock;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.testing.PrintedText;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every sample of the team's real-text list, put where learners' and instructors' words go in a
 * PDF, reads back as written (see {@link RealTextSamples#expected} for the only normalisations),
 * and is drawn with real glyphs: no character falls to a font's empty .notdef box.
 */
class RealTextPdfTest {

  private static final String CODE = "7K2M-9QXD-H3B0-WZ4T-PN8R-CF6V-J5SE";

  @Test
  void eachSampleAsTheLearnersNamePrintsOnTheCertificate() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (String sample : RealText.samples()) {
      byte[] pdf =
          new CertificatePdf().certificate(sample, "Empathy", LocalDate.of(2026, 1, 5), CODE, "");
      Extracted text = extract(pdf, false);
      checks.add(
          () ->
              assertTrue(
                  text.text().contains(PrintedText.expected(sample)),
                  sample + " read as " + text.text()));
      checks.add(() -> assertEquals(List.of(), text.missingGlyphs(), sample));
    }
    assertAll(checks);
  }

  @Test
  void eachSampleAsProseAndAsATitleReadsBackFromTheWorksheet() throws IOException {
    List<Executable> checks = new ArrayList<>();
    List<String> samples = RealText.samples();
    List<WorksheetBlock> blocks = samples.stream().map(sample -> prose(sample.strip())).toList();
    Extracted prose =
        extract(
            new WorksheetPdf().blank("Course", "Samples", new WorksheetDefinition("", blocks)),
            false);
    checks.add(() -> assertEquals(List.of(), prose.missingGlyphs(), "prose"));
    for (String sample : samples) {
      checks.add(
          () ->
              assertTrue(
                  prose.text().contains(PrintedText.expected(sample)),
                  sample + " in " + prose.text()));
      Extracted titled =
          extract(
              new WorksheetPdf().blank(sample, sample, new WorksheetDefinition("", List.of())),
              false);
      checks.add(
          () ->
              assertTrue(
                  titled.text().startsWith(PrintedText.expected(sample)),
                  sample + " as " + titled.text()));
      checks.add(() -> assertEquals(List.of(), titled.missingGlyphs(), sample));
    }
    assertAll(checks);
  }

  @Test
  void eachSampleAsAnAnswerIsTheFieldsValueAndPrintsInItsBox() throws IOException {
    List<String> samples = RealText.samples();
    List<WorksheetBlock> blocks = new ArrayList<>();
    Map<String, String> answers = new HashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      blocks.add(field("short-" + i, FieldType.TEXT, "Answer " + i, 1));
      blocks.add(field("long-" + i, FieldType.LONG_TEXT, "Longer answer " + i, 2));
      answers.put("short-" + i, samples.get(i));
      answers.put("long-" + i, "First: " + samples.get(i) + "\nThen: " + samples.get(i));
    }
    byte[] pdf =
        new WorksheetPdf()
            .filled("Course", "Answers", new WorksheetDefinition("", blocks), answers);

    List<Executable> checks = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      for (int i = 0; i < samples.size(); i++) {
        // A field's value is the learner's own words exactly, whatever is drawn for them.
        String expected = samples.get(i);
        String shortValue = form.getField("short-" + i).getValueAsString();
        String longValue = form.getField("long-" + i).getValueAsString();
        checks.add(() -> assertEquals(expected, shortValue));
        checks.add(() -> assertEquals("First: " + expected + "\nThen: " + expected, longValue));
      }
    }
    Extracted printed = extract(pdf, true);
    checks.add(() -> assertEquals(List.of(), printed.missingGlyphs(), "answers"));
    for (String sample : samples) {
      String expected = PrintedText.expected(sample);
      checks.add(
          () ->
              assertTrue(
                  printed.text().contains("First: " + expected + " Then: " + expected),
                  sample + " in " + printed.text()));
    }
    assertAll(checks);
  }

  @Test
  void overridesAndInvisibleJoinersAreLeftOutRatherThanObeyed() throws IOException {
    Extracted evil =
        extract(
            new CertificatePdf()
                .certificate("evil\u202Etxt.exe", "Empathy", LocalDate.of(2026, 1, 5), CODE, ""),
            false);
    Extracted joiners =
        extract(
            new CertificatePdf()
                .certificate(
                    "zero\u200Cwidth\u200Djoiners", "Empathy", LocalDate.of(2026, 1, 5), CODE, ""),
            false);

    assertTrue(evil.text().contains("eviltxt.exe"), evil.text());
    assertFalse(evil.text().contains("\u202E") || evil.text().contains("exe.txt"), evil.text());
    assertTrue(joiners.text().contains("zerowidthjoiners"), joiners.text());
  }

  @Test
  void emojiNoFontHasPrintAsAVisibleReplacementEachNotAsNothing() throws IOException {
    Extracted text =
        extract(
            new CertificatePdf()
                .certificate(
                    "I felt 💛 and 🌧️ at once, 👩‍👩‍👧 and 👍🏽",
                    "Empathy",
                    LocalDate.of(2026, 1, 5),
                    CODE,
                    ""),
            false);

    assertTrue(
        text.text().contains("I felt \uFFFD and \uFFFD at once, \uFFFD and \uFFFD"), text.text());
    assertEquals(List.of(), text.missingGlyphs(), "U+FFFD is a real glyph of Noto Sans");
  }

  @Test
  void aDocumentEmbedsOnlyTheFontsItsTextNeedsAndOnlyTheGlyphsItUses() throws IOException {
    assertEquals(
        Set.of(),
        embedded(
            new CertificatePdf()
                .certificate("Zoë Müller", "Empathy", LocalDate.of(2026, 1, 5), CODE, "")));
    byte[] chinese =
        new CertificatePdf().certificate("王秀英", "Empathy", LocalDate.of(2026, 1, 5), CODE, "");
    assertEquals(Set.of("DroidSansFallback"), embedded(chinese));
    assertTrue(
        chinese.length < 60_000, "a subset, not the 3.4 MB font: " + chinese.length + " bytes");
    assertEquals(
        Set.of("LiberationSans", "NotoSansArabic-Regular"),
        embedded(
            new CertificatePdf()
                .certificate("Сергей محمد", "Empathy", LocalDate.of(2026, 1, 5), CODE, "")));
  }

  @Test
  void certificatesMadeAtTheSameTimeShareTheParsedFontsSafely() throws Exception {
    List<String> names =
        List.of("王秀英", "محمد بن عبد الله", "श्रीनिवास रामानुजन्", "김민준", "Сергей", "ธนพล สุขใจ");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> made =
          IntStream.range(0, 24)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              new CertificatePdf()
                                  .certificate(
                                      names.get(i % names.size()),
                                      "Empathy",
                                      LocalDate.of(2026, 1, 5),
                                      CODE,
                                      "")))
              .toList();
      for (int i = 0; i < made.size(); i++) {
        Extracted text = extract(made.get(i).get(), false);
        assertTrue(text.text().contains(names.get(i % names.size())), text.text());
        assertEquals(List.of(), text.missingGlyphs());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The base names of the fonts embedded in the document, each checked to be a subset
   * ("ABCDEF+Name").
   */
  private static Set<String> embedded(byte[] pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        if (font.isEmbedded()) {
          assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
          names.add(font.getName().substring(7));
        }
      }
    }
    return names;
  }

  /** A document's text, white space runs one space, and the glyphs it draws that its fonts lack. */
  private record Extracted(String text, List<String> missingGlyphs) {}

  private static Extracted extract(byte[] pdf, boolean flatten) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (flatten && document.getDocumentCatalog().getAcroForm() != null) {
        document.getDocumentCatalog().getAcroForm().flatten();
      }
      GlyphCheck stripper = new GlyphCheck();
      String text = stripper.getText(document);
      return new Extracted(PrintedText.spaced(text), stripper.missing);
    }
  }

  /** Notes every glyph drawn whose font maps it to .notdef (glyph 0), the empty box. */
  private static final class GlyphCheck extends PDFTextStripper {

    final List<String> missing = new ArrayList<>();

    GlyphCheck() throws IOException {
      super();
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
        throws IOException {
      boolean notdef =
          font instanceof PDType0Font type0
              ? type0.codeToGID(code) == 0
              : font instanceof PDSimpleFont simple
                  && ".notdef".equals(simple.getEncoding().getName(code));
      if (notdef) {
        missing.add(font.getName() + " code " + code + " (" + font.toUnicode(code) + ")");
      }
      super.showGlyph(matrix, font, code, displacement);
    }
  }
}
