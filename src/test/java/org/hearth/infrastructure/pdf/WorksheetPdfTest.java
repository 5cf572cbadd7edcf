package org.hearth.infrastructure.pdf;

import static org.hearth.infrastructure.pdf.WorksheetSamples.field;
import static org.hearth.infrastructure.pdf.WorksheetSamples.prose;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.junit.jupiter.api.Test;

class WorksheetPdfTest {

  private static final String COURSE = "Empathy and Safety After Betrayal";
  private static final String TITLE = "After a hard day";

  private final WorksheetPdf pdf = new WorksheetPdf();

  /**
   * Every field type, between prose with headings, lists, quotes, typography, other scripts and an
   * emoji.
   */
  private static WorksheetDefinition everyKind() {
    return new WorksheetDefinition(
        "A worksheet for *one* evening; nobody sees it but you.",
        List.of(
            prose("# Before you start"),
            prose("Take a breath. This is “your” space — there’s no wrong answer… none at all."),
            prose(
                "## What you will need\n\n"
                    + "- a quiet corner\n"
                    + "- ten minutes\n"
                    + "- something warm to drink ☕"),
            field("feeling", FieldType.TEXT, "How are you feeling right now?", 1),
            prose(
                "### A few steps\n\n"
                    + "1. Notice your breath.\n"
                    + "2. Name **three** things you can *see*.\n"
                    + "3. Write below."),
            field("story", FieldType.LONG_TEXT, "What happened today?", 6),
            field("short-story", FieldType.LONG_TEXT, "In a sentence or two", 2),
            prose("**What helped?** Tick any that apply. 🙂"),
            field("yoga", FieldType.CHECKBOX, "Yoga", 1),
            field("walk", FieldType.CHECKBOX, "A walk outside", 1),
            prose("> “Safety first, then empathy.”\n> — the course"),
            field("before", FieldType.SCALE, "How calm were you before?", 1),
            field("after", FieldType.SCALE, "And after?", 1),
            prose(
                "Written in Łódź, Αθήνα or Київ — letters beyond Western Europe are welcome too."),
            field("when", FieldType.DATE, "When was this?", 1),
            prose(
                "---\n\nSee the [course notes](https://hearth.example/notes) and `box breathing`."),
            prose("| Practice | Minutes |\n|---|---|\n| Breathing | 5 |\n| Walking | 20 |"),
            prose("- [x] Read the lesson\n- [ ] Tell a safe person")));
  }

  @Test
  void everyFieldIsARealFormFieldOfItsKindNamedAsOnThePage() throws IOException {
    WorksheetDefinition worksheet = everyKind();

    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, TITLE, worksheet))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertNotNull(form);
      assertEquals(worksheet.fields().size(), form.getFields().size());

      PDTextField feeling = assertInstanceOf(PDTextField.class, form.getField("feeling"));
      assertFalse(feeling.isMultiline());
      PDTextField story = assertInstanceOf(PDTextField.class, form.getField("story"));
      assertTrue(story.isMultiline());
      PDTextField shortStory = assertInstanceOf(PDTextField.class, form.getField("short-story"));
      assertTrue(shortStory.isMultiline());
      PDCheckBox yoga = assertInstanceOf(PDCheckBox.class, form.getField("yoga"));
      assertEquals("Yes", yoga.getOnValue());
      assertFalse(yoga.isChecked());
      PDComboBox before = assertInstanceOf(PDComboBox.class, form.getField("before"));
      assertEquals(
          IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList(), before.getOptions());
      assertTrue(before.getValue().isEmpty());
      PDTextField when = assertInstanceOf(PDTextField.class, form.getField("when"));
      assertFalse(when.isMultiline());
      assertTrue(when.getAlternateFieldName().contains("YYYY-MM-DD"));
      assertEquals("", feeling.getValue());

      // A long field leaves room for its lines: six lines three times the height of two.
      float sixLines = story.getWidgets().get(0).getRectangle().getHeight();
      float twoLines = shortStory.getWidgets().get(0).getRectangle().getHeight();
      assertTrue(sixLines > 2.5f * twoLines && sixLines >= 6 * 14, sixLines + " vs " + twoLines);
    }
  }

  @Test
  void everyWidgetHasItsOwnLookPrintsAndSitsOnAPage() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, TITLE, everyKind()))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertFalse(form.getNeedAppearances());
      assertNotNull(form.getDefaultAppearance());
      for (PDField field : form.getFieldTree()) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
          PDAppearanceEntry normal = widget.getAppearance().getNormalAppearance();
          assertAll(
              field.getFullyQualifiedName(),
              () ->
                  assertTrue(
                      field instanceof PDCheckBox
                          ? normal
                              .getSubDictionary()
                              .keySet()
                              .equals(Set.of(COSName.getPDFName("Yes"), COSName.Off))
                          : normal.isStream()
                              && normal.getAppearanceStream().getBBox().getHeight() > 0),
              () -> assertTrue(widget.isPrinted()),
              () -> assertTrue(document.getPages().indexOf(widget.getPage()) >= 0),
              () ->
                  assertTrue(
                      widget.getPage().getAnnotations().stream()
                          .anyMatch(a -> a.getCOSObject() == widget.getCOSObject())));
        }
      }
    }
  }

  @Test
  void aFilledCopyHoldsEachAnswerAndShowsIt() throws IOException {
    Map<String, String> answers = new HashMap<>();
    answers.put("feeling", "Calmer – “mostly”…");
    answers.put("story", "He called at noon.\nI let it ring, and breathed.");
    answers.put("yoga", "true");
    answers.put("walk", "false");
    answers.put("before", "7");
    answers.put("after", "12"); // not on the scale: left empty
    answers.put("when", "2026-11-27");
    answers.put("not-a-field", "ignored");

    try (PDDocument document = Loader.loadPDF(pdf.filled(COURSE, TITLE, everyKind(), answers))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertEquals("Calmer – “mostly”…", form.getField("feeling").getValueAsString());
      assertEquals(
          "He called at noon.\nI let it ring, and breathed.",
          form.getField("story").getValueAsString());
      assertTrue(((PDCheckBox) form.getField("yoga")).isChecked());
      assertEquals(
          COSName.getPDFName("Yes"),
          form.getField("yoga").getWidgets().get(0).getAppearanceState());
      assertFalse(((PDCheckBox) form.getField("walk")).isChecked());
      assertEquals(List.of("7"), ((PDComboBox) form.getField("before")).getValue());
      assertTrue(((PDComboBox) form.getField("after")).getValue().isEmpty());
      assertEquals("2026-11-27", form.getField("when").getValueAsString());
      assertEquals("", form.getField("short-story").getValueAsString());
      assertNull(form.getField("not-a-field"));

      // What the appearances show is what a printer prints: flatten them into the page and read it.
      form.flatten();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String printed = stripper.getText(document);
      assertTrue(printed.contains("Calmer – “mostly”…"), printed);
      assertTrue(printed.contains("He called at noon.\nI let it ring, and breathed."), printed);
      assertTrue(printed.contains("2026-11-27"), printed);
      assertTrue(printed.contains("7 from 0 to 10"), printed);
    }
  }

  @Test
  void thePageShowsTheTitleTheCourseAndTheProse() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, TITLE, everyKind()))) {
      String text = new PDFTextStripper().getText(document);

      assertAll(
          () -> assertTrue(text.startsWith(TITLE), text),
          () -> assertTrue(text.contains(COURSE), text),
          () -> assertTrue(text.contains("nobody sees it but you"), text),
          () -> assertTrue(text.contains("Before you start"), text),
          () ->
              assertTrue(
                  text.contains("This is “your” space — there’s no wrong answer… none at all."),
                  text),
          () -> assertTrue(text.contains("• a quiet corner"), text),
          () -> assertTrue(text.contains("2. Name three things you can see."), text),
          () -> assertTrue(text.contains("How are you feeling right now?"), text),
          () -> assertTrue(text.contains("When was this? (YYYY-MM-DD)"), text),
          () -> assertTrue(text.contains("Written in Łódź, Αθήνα or Київ"), text),
          () -> assertTrue(text.contains("course notes (https://hearth.example/notes)"), text),
          () -> assertTrue(text.contains("Breathing"), text),
          () -> assertTrue(text.contains("Page 1 of"), text),
          // An emoji a shipped font has is drawn; one none has shows as U+FFFD, never as nothing.
          () -> assertTrue(text.contains("something warm to drink ☕"), text),
          () -> assertTrue(text.contains("Tick any that apply. \uFFFD"), text));
      assertEquals(TITLE, document.getDocumentInformation().getTitle());
    }
  }

  @Test
  void aLongWorksheetRunsOverSeveralPagesWithEveryField() throws IOException {
    WorksheetDefinition log = WorksheetSamples.regulationLog();

    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, "Regulation practice log", log))) {
      assertTrue(document.getNumberOfPages() >= 4, "pages: " + document.getNumberOfPages());
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      for (WorksheetField field : log.fields()) {
        assertNotNull(form.getField(field.name()), field.name());
      }
      PDAnnotationWidget lastField = form.getField("triggered-or-helped-7").getWidgets().get(0);
      assertTrue(
          document.getPages().indexOf(lastField.getPage()) >= document.getNumberOfPages() - 2);
      String text = new PDFTextStripper().getText(document);
      assertTrue(
          text.contains(
              "Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages()),
          text);
      assertTrue(text.contains("Day 7"), text);
    }
  }

  @Test
  void aLongAnswerGetsATallerBoxSoNoneOfItIsHidden() throws IOException {
    WorksheetDefinition log = WorksheetSamples.regulationLog();
    String answer =
        String.join(
            "\n",
            IntStream.rangeClosed(1, 30).mapToObj(i -> "Line " + i + " of what helped.").toList());

    float blank;
    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, "Log", log))) {
      PDField field = document.getDocumentCatalog().getAcroForm().getField("triggered-or-helped-3");
      blank = field.getWidgets().get(0).getRectangle().getHeight();
    }
    try (PDDocument document =
        Loader.loadPDF(pdf.filled(COURSE, "Log", log, Map.of("triggered-or-helped-3", answer)))) {
      PDField field = document.getDocumentCatalog().getAcroForm().getField("triggered-or-helped-3");
      float filled = field.getWidgets().get(0).getRectangle().getHeight();
      assertTrue(filled >= 30 * 11, "30 lines in " + filled + " points");
      assertTrue(filled > blank);
      assertEquals(answer, field.getValueAsString());
    }
  }

  @Test
  void answersInOtherScriptsShowAndStayEditable() throws IOException {
    String answer = "Zażółć gęślą jaźń — Київ 🙂";

    byte[] bytes =
        pdf.filled(COURSE, TITLE, everyKind(), Map.of("feeling", answer, "story", answer));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      String value = form.getField("feeling").getValueAsString();
      assertEquals(answer, value, "the value keeps the emoji the page could not draw");
      // The font those fields use is embedded whole, so a viewer can type any letter into them.
      PDFont font = form.getDefaultResources().getFont(COSName.getPDFName("LiSa"));
      assertNotNull(font);
      assertTrue(font.isEmbedded());
      assertFalse(font.getName().contains("+"), font.getName());
      form.flatten();
      assertTrue(new PDFTextStripper().getText(document).contains("Zażółć gęślą jaźń"));
    }
  }

  @Test
  void aBlankWorksheetNeedsNoEmbeddedFont() throws IOException {
    WorksheetDefinition plain =
        new WorksheetDefinition(
            "",
            List.of(
                prose("Just “plain” text – nothing more…"),
                field("note", FieldType.TEXT, "A note", 1)));

    try (PDDocument document = Loader.loadPDF(pdf.blank(COURSE, TITLE, plain))) {
      for (COSName name : document.getPage(0).getResources().getFontNames()) {
        assertFalse(document.getPage(0).getResources().getFont(name).isEmbedded(), name.getName());
      }
    }
  }

  @Test
  void requestsAtTheSameTimeEachGetTheirOwnDocument() throws Exception {
    WorksheetDefinition log = WorksheetSamples.regulationLog();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> made =
          IntStream.range(0, 16)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              pdf.filled(
                                  COURSE, "Log " + i, log, Map.of("other-practice-1", answer(i)))))
              .toList();
      for (int i = 0; i < made.size(); i++) {
        try (PDDocument document = Loader.loadPDF(made.get(i).get())) {
          assertEquals("Log " + i, document.getDocumentInformation().getTitle());
          assertEquals(
              answer(i),
              document
                  .getDocumentCatalog()
                  .getAcroForm()
                  .getField("other-practice-1")
                  .getValueAsString());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every other answer needs the embedded fallback font. */
  private static String answer(int i) {
    return i % 2 == 0 ? "Answer " + i : "Odpowiedź " + i;
  }
}
