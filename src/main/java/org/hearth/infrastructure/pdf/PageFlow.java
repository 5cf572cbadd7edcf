package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Portrait A4 pages filled from top to bottom: hands out room for the next thing, starting a new
 * page when it does not fit. Gaps between things collapse, as CSS margins do, and vanish at the top
 * of a page. Each page's content stream stays open until {@link #finish}, so the footer ("page 2 of
 * 5") can be written once the page count is known.
 */
final class PageFlow {

  static final float MARGIN = 56.7f; // 2 cm
  private static final float FOOTER_ROOM = 22;
  private static final PDRectangle SIZE = PDRectangle.A4;

  /** Writes the footer of each page once all pages exist. */
  interface Footer {
    void write(PDPageContentStream content, int pageNumber, int pageCount) throws IOException;
  }

  private final PDDocument document;
  private final List<PDPage> pages = new ArrayList<>();
  private final List<PDPageContentStream> contents = new ArrayList<>();
  private final List<List<PDAnnotation>> annotations = new ArrayList<>();
  private float y;
  private float gap;
  private boolean fresh;

  PageFlow(PDDocument document) throws IOException {
    this.document = document;
    newPage();
  }

  float left() {
    return MARGIN;
  }

  float width() {
    return SIZE.getWidth() - 2 * MARGIN;
  }

  /** The most a single thing can be tall: a whole page's writing area. */
  float pageHeight() {
    return top() - bottom();
  }

  PDPageContentStream content() {
    return contents.get(contents.size() - 1);
  }

  /** Asks for at least this much space before whatever comes next (collapsing with other gaps). */
  void gap(float points) {
    gap = Math.max(gap, points);
  }

  /**
   * Room for something {@code height} tall; returns the y of its top edge. {@code keep} more must
   * fit below it on the same page (a heading keeps with the start of what follows).
   */
  float place(float height, float keep) throws IOException {
    if (!fresh && y - gap - height - keep < bottom()) {
      newPage();
    }
    if (!fresh) {
      y -= gap;
    }
    gap = 0;
    fresh = false;
    float topEdge = y;
    y -= height;
    return topEdge;
  }

  float place(float height) throws IOException {
    return place(height, 0);
  }

  /** Puts a form field's widget on the current page. */
  void annotate(PDAnnotationWidget widget) {
    widget.setPage(pages.get(pages.size() - 1));
    annotations.get(annotations.size() - 1).add(widget);
  }

  /** Writes every footer, attaches the annotations and closes the content streams. */
  void finish(Footer footer) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      try (PDPageContentStream content = contents.get(i)) {
        footer.write(content, i + 1, pages.size());
      }
      if (!annotations.get(i).isEmpty()) {
        pages.get(i).setAnnotations(annotations.get(i));
      }
    }
  }

  float footerBaseline() {
    return MARGIN - 14;
  }

  private float top() {
    return SIZE.getHeight() - MARGIN;
  }

  private float bottom() {
    return MARGIN + FOOTER_ROOM - 14;
  }

  private void newPage() throws IOException {
    PDPage page = new PDPage(SIZE);
    document.addPage(page);
    pages.add(page);
    contents.add(new PDPageContentStream(document, page));
    annotations.add(new ArrayList<>());
    y = top();
    gap = 0;
    fresh = true;
  }
}
