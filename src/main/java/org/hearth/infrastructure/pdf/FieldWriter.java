package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;

/**
 * Sets a worksheet's fields on the page: each field's label, then a real AcroForm field named
 * exactly as the worksheet names it, so the PDF can be filled in on screen as well as on paper.
 * Every widget gets its appearance here (text and choices from PDFBox, check boxes drawn by hand),
 * so it shows and prints in any viewer without asking the viewer to draw it; the boxes around them
 * are part of the page.
 */
final class FieldWriter {

  static final String CHECKED = "Yes";
  static final List<String> SCALE_OPTIONS =
      IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();

  private static final float FONT_SIZE = 10;
  private static final float MIN_FONT_SIZE = 6;
  private static final float BOX_HEIGHT = 20;

  /** Room per line of a long answer: enough to write in by hand once printed. */
  private static final float LINE_HEIGHT = 20;

  private static final float CHECK_SIZE = 11;
  private static final float CHECK_LABEL_INDENT = 18;
  private static final float DATE_WIDTH = 110;
  private static final float SCALE_WIDTH = 60;
  private static final float BORDER = 0.75f;
  private static final COSName STANDARD_FONT = COSName.getPDFName("Helv");
  private static final COSName DINGBATS = COSName.getPDFName("ZaDb");
  private static final COSName FALLBACK_FONT = COSName.getPDFName("LiSa");

  private final PDDocument document;
  private final PdfFonts fonts;
  private final PageFlow flow;
  private final PDAcroForm form;
  private final List<PDField> fields = new ArrayList<>();
  private final FieldLook look;

  FieldWriter(PDDocument document, PdfFonts fonts, PageFlow flow) {
    this.document = document;
    this.fonts = fonts;
    this.flow = flow;
    this.look = new FieldLook(document, fonts);
    this.form = new PDAcroForm(document);
    document.getDocumentCatalog().setAcroForm(form);
    PDResources resources = new PDResources();
    resources.put(STANDARD_FONT, fonts.standard(Style.REGULAR));
    resources.put(DINGBATS, fonts.dingbats());
    form.setDefaultResources(resources);
    form.setDefaultAppearance("/Helv 0 Tf 0 g");
  }

  /** Adds a field; {@code value} is what it holds (already checked for its type), or null. */
  void add(WorksheetField field, String value) throws IOException {
    switch (field.type()) {
      case TEXT -> text(field, value, field.label(), flow.width(), false, field.label());
      case LONG_TEXT -> longText(field, value);
      case DATE ->
          text(
              field,
              value,
              field.label() + " (YYYY-MM-DD)",
              DATE_WIDTH,
              true,
              field.label() + ", as YYYY-MM-DD");
      case SCALE -> scale(field, value);
      case CHECKBOX -> checkBox(field, "true".equalsIgnoreCase(value));
    }
    flow.gap(field.type() == FieldType.CHECKBOX ? 4 : 10);
  }

  /** Puts the fields into the form, in reading order. */
  void finish() {
    form.setFields(fields);
  }

  private void text(
      WorksheetField field, String value, String label, float width, boolean date, String tooltip)
      throws IOException {
    String shown = PdfFonts.clean(value, false);
    FieldLabel fieldLabel = FieldLabel.of(label, fonts, flow.width());
    float labelHeight = fieldLabel.heightAbove();
    float top = flow.place(labelHeight + BOX_HEIGHT);
    fieldLabel.draw(flow.content(), flow.left(), top);
    PDTextField text = new PDTextField(form);
    name(text, field, tooltip);
    if (date) {
      text.setMaxLen(10);
    }
    float size = FONT_SIZE;
    if (!shown.isEmpty()) {
      float textWidth = fonts.width(shown, Style.REGULAR, FONT_SIZE);
      if (textWidth > width - 6) {
        size = Math.max(MIN_FONT_SIZE, FONT_SIZE * (width - 6) / textWidth);
      }
    }
    text.setDefaultAppearance(appearance(shown, size));
    PDAnnotationWidget widget =
        widget(
            text, new PDRectangle(flow.left(), top - labelHeight - BOX_HEIGHT, width, BOX_HEIGHT));
    fill(text, widget, value, shown, size, false);
  }

  private void longText(WorksheetField field, String value) throws IOException {
    String shown = PdfFonts.clean(value, true);
    FieldLabel label = FieldLabel.of(field.label(), fonts, flow.width());
    float labelHeight = label.heightAbove();
    float boxHeight = Math.max(2, field.lines()) * LINE_HEIGHT + 4;
    float size = FONT_SIZE;
    float most = flow.pageHeight() - labelHeight;
    if (!shown.isEmpty()) {
      // A filled-in copy grows to show the whole answer, and shrinks the text only past a page.
      float needed = answerHeight(shown, flow.width());
      boxHeight = Math.max(boxHeight, needed);
      if (boxHeight > most) {
        size = 0; // PDFBox picks the largest size that fits
      }
    }
    boxHeight = Math.min(boxHeight, most);
    float top = flow.place(labelHeight + boxHeight);
    label.draw(flow.content(), flow.left(), top);
    PDTextField text = new PDTextField(form);
    name(text, field, field.label());
    text.setMultiline(true);
    text.setDefaultAppearance(appearance(shown, size));
    PDAnnotationWidget widget =
        widget(
            text,
            new PDRectangle(flow.left(), top - labelHeight - boxHeight, flow.width(), boxHeight));
    fill(text, widget, value, shown, size, true);
  }

  /**
   * Sets a text field's value and its look. The value is the learner's own words exactly (emoji and
   * all: a PDF text string holds any character); what is drawn is {@code shown}. PDFBox draws
   * WinAnsi text in Helvetica; anything else, or a value that differs from what is drawn, is drawn
   * by {@link FieldLook}, with the value set directly so PDFBox does not redraw it.
   */
  private void fill(
      PDTextField text,
      PDAnnotationWidget widget,
      String value,
      String shown,
      float size,
      boolean multiline)
      throws IOException {
    String words = value == null ? "" : value;
    if (PdfFonts.needsFallback(shown) || !shown.equals(words)) {
      text.getCOSObject().setString(COSName.V, words);
      look.text(widget, shown, multiline, size);
    } else {
      text.setValue(shown);
    }
  }

  /**
   * How tall a multi-line field must be to show this answer at the usual size, with a spare line.
   */
  private float answerHeight(String answer, float width) throws IOException {
    PDFont font = fonts.fieldFont(answer);
    float leading = font.getBoundingBox().getHeight() / 1000f * FONT_SIZE;
    int lines = 1;
    for (String paragraph : answer.split("\n", -1)) {
      lines +=
          paragraph.isBlank()
              ? 1
              : TextLines.wrap(paragraph, Style.REGULAR, fonts, FONT_SIZE, width - 10).size();
    }
    return lines * leading + 6;
  }

  private void scale(WorksheetField field, String value) throws IOException {
    FieldLabel label = FieldLabel.of(field.label(), fonts, flow.width());
    float labelHeight = label.heightAbove();
    float top = flow.place(labelHeight + BOX_HEIGHT);
    label.draw(flow.content(), flow.left(), top);
    float boxTop = top - labelHeight;
    PDPageContentStream content = flow.content();
    Ink.MUTED.fill(content);
    Line hint = TextLines.wrap("from 0 to 10", Style.REGULAR, fonts, 9, flow.width()).get(0);
    hint.draw(content, flow.left() + SCALE_WIDTH + 8, boxTop - BOX_HEIGHT / 2 - 3, 9);

    PDComboBox combo = new PDComboBox(form);
    name(combo, field, field.label() + ", from 0 to 10");
    combo.setOptions(SCALE_OPTIONS);
    combo.setDefaultAppearance(appearance("", FONT_SIZE));
    widget(combo, new PDRectangle(flow.left(), boxTop - BOX_HEIGHT, SCALE_WIDTH, BOX_HEIGHT));
    if (value != null && SCALE_OPTIONS.contains(value)) {
      combo.setValue(value);
    } else {
      form.refreshAppearances(List.of(combo));
    }
  }

  private void checkBox(WorksheetField field, boolean checked) throws IOException {
    FieldLabel label = FieldLabel.of(field.label(), fonts, flow.width() - CHECK_LABEL_INDENT);
    float height = Math.max(CHECK_SIZE + 2, label.height());
    float top = flow.place(height);
    label.draw(flow.content(), flow.left() + CHECK_LABEL_INDENT, top);
    float firstBaseline = FieldLabel.firstBaseline(top);

    PDCheckBox box = new PDCheckBox(form);
    name(box, field, field.label());
    box.getCOSObject().setString(COSName.DA, "/ZaDb 0 Tf 0 g");
    PDAnnotationWidget widget =
        widget(box, new PDRectangle(flow.left(), firstBaseline - 2, CHECK_SIZE, CHECK_SIZE));
    PDAppearanceCharacteristicsDictionary characteristics =
        new PDAppearanceCharacteristicsDictionary(new COSDictionary());
    characteristics.setNormalCaption("4"); // ZapfDingbats' tick, for viewers that redraw the box
    widget.setAppearanceCharacteristics(characteristics);
    widget.setAppearance(look.checkBox(CHECKED, CHECK_SIZE));
    if (checked) {
      box.check();
    } else {
      box.getCOSObject().setItem(COSName.V, COSName.Off);
      widget.setAppearanceState(COSName.Off.getName());
    }
  }

  private void name(PDTerminalField field, WorksheetField source, String tooltip) {
    field.setPartialName(source.name());
    field.setAlternateFieldName(tooltip); // any Unicode: a text string, shown by the viewer
    fields.add(field);
  }

  /**
   * Places the field's widget, and draws its box on the page itself rather than in the widget's
   * appearance: a widget's appearance is clipped to its rectangle, which thins or drops a border on
   * its edge in some viewers and printers, and a viewer redrawing a field as it is typed in would
   * draw the border again, slightly elsewhere.
   */
  private PDAnnotationWidget widget(PDTerminalField field, PDRectangle rectangle)
      throws IOException {
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(rectangle);
    widget.setPrinted(true);
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    widget.setBorderStyle(border);
    flow.annotate(widget);
    PDPageContentStream content = flow.content();
    Ink.FIELD_BORDER.stroke(content);
    content.setLineWidth(BORDER);
    content.addRect(
        rectangle.getLowerLeftX() + BORDER / 2,
        rectangle.getLowerLeftY() + BORDER / 2,
        rectangle.getWidth() - BORDER,
        rectangle.getHeight() - BORDER);
    content.stroke();
    return widget;
  }

  /** The default appearance of a text or choice field that will hold {@code shown}. */
  private String appearance(String shown, float size) {
    PDFont font = fonts.fieldFont(shown);
    COSName name = STANDARD_FONT;
    if (font != fonts.standard(Style.REGULAR)) {
      name = FALLBACK_FONT;
      form.getDefaultResources().put(FALLBACK_FONT, font);
    }
    return String.format(Locale.ROOT, "/%s %.1f Tf 0 g", name.getName(), size);
  }
}
