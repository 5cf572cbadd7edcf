package org.hearth.infrastructure.pdf;

import static org.hearth.infrastructure.pdf.WorksheetSamples.field;
import static org.hearth.infrastructure.pdf.WorksheetSamples.prose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.junit.jupiter.api.Test;

/** What a filled-in worksheet looks like once drawn, as a viewer or printer draws it. */
class FilledWorksheetLookTest {

  private static final float DPI = 144;

  private static final WorksheetDefinition WORKSHEET =
      new WorksheetDefinition(
          "",
          List.of(
              prose("Tick what helped."),
              field("yoga", FieldType.CHECKBOX, "Yoga", 1),
              field("walk", FieldType.CHECKBOX, "A walk outside", 1),
              field("feeling", FieldType.TEXT, "How are you feeling?", 1),
              field("story", FieldType.LONG_TEXT, "What happened?", 3),
              field("other", FieldType.TEXT, "Anything else?", 1)));

  private static final Map<String, String> ANSWERS =
      Map.of("yoga", "true", "walk", "false", "feeling", "WWWWWWWW", "story", "Сергей, 王秀英, محمد");

  @Test
  void aTickedBoxPrintsTickedAndAnUntickedOneEmpty() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(new WorksheetPdf().filled("Course", "Title", WORKSHEET, ANSWERS))) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();

      assertTrue(darkest(page, inside(form, "yoga")) < 100, "the ticked box shows its tick");
      assertTrue(darkest(page, inside(form, "walk")) > 200, "the unticked box stays empty");
    }
  }

  @Test
  void eachBoxCarriesBothLooksInlineAndTheTickedOneNamesItsState() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(new WorksheetPdf().filled("Course", "Title", WORKSHEET, ANSWERS))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      for (String name : List.of("yoga", "walk")) {
        PDAnnotationWidget widget = form.getField(name).getWidgets().get(0);
        // poppler draws no state at all when /N is an indirect reference to the state dictionary
        COSDictionary states =
            assertInstanceOf(
                COSDictionary.class, widget.getAppearance().getCOSObject().getItem(COSName.N));
        assertTrue(
            states.getDictionaryObject(COSName.getPDFName("Yes")) != null
                && states.getDictionaryObject(COSName.Off) != null);
      }
      PDAnnotationWidget yoga = form.getField("yoga").getWidgets().get(0);
      assertTrue(
          COSName.getPDFName("Yes")
              .equals(form.getField("yoga").getCOSObject().getDictionaryObject(COSName.V)));
      assertTrue(COSName.getPDFName("Yes").equals(yoga.getAppearanceState()));
      assertTrue(
          COSName.Off.equals(form.getField("walk").getWidgets().get(0).getAppearanceState()));
    }
  }

  @Test
  void filledTextFieldsShowTheirAnswersWithoutTheViewerRedrawingThem() throws IOException {
    try (PDDocument document =
        Loader.loadPDF(new WorksheetPdf().filled("Course", "Title", WORKSHEET, ANSWERS))) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertFalse(form.getNeedAppearances(), "every appearance is in the file");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI);

      assertTrue(darkest(page, inside(form, "feeling")) < 100, "a short answer shows");
      assertTrue(darkest(page, inside(form, "story")) < 100, "an answer in other scripts shows");
      assertTrue(darkest(page, inside(form, "other")) > 200, "an empty field stays empty");
    }
  }

  /**
   * The widget's rectangle in image pixels, less a margin that keeps the border drawn on the page
   * out.
   */
  private static int[] inside(PDAcroForm form, String field) {
    PDRectangle box = form.getField(field).getWidgets().get(0).getRectangle();
    PDRectangle media = form.getField(field).getWidgets().get(0).getPage().getMediaBox();
    float scale = DPI / 72;
    float margin = 2.5f;
    int left = Math.round((box.getLowerLeftX() + margin) * scale);
    int right = Math.round((box.getUpperRightX() - margin) * scale);
    int top = Math.round((media.getHeight() - box.getUpperRightY() + margin) * scale);
    int bottom = Math.round((media.getHeight() - box.getLowerLeftY() - margin) * scale);
    return new int[] {left, top, right, bottom};
  }

  /** The darkest grey level (0 black to 255 white) within the area. */
  private static int darkest(BufferedImage image, int[] area) {
    int darkest = 255;
    for (int x = area[0]; x < area[2]; x++) {
      for (int y = area[1]; y < area[3]; y++) {
        int rgb = image.getRGB(x, y);
        int grey =
            (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
        darkest = Math.min(darkest, grey);
      }
    }
    return darkest;
  }
}
