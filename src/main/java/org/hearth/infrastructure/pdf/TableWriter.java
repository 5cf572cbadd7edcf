package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.hearth.infrastructure.pdf.TextLines.Line;
import org.hearth.infrastructure.pdf.TextLines.Span;

/**
 * Sets a Markdown table for {@link ProseWriter}: equal columns, the head in bold, rows ruled apart.
 * Kept apart from the prose because a table is read whole (to count its columns) before any of it
 * is drawn.
 */
final class TableWriter {

  private static final float PADDING = 4;

  /** A table row's cells as spans, and whether it belongs to the head. */
  private record Row(List<List<Span>> cells, boolean head) {}

  private final PdfFonts fonts;
  private final PageFlow flow;

  TableWriter(PdfFonts fonts, PageFlow flow) {
    this.fonts = fonts;
    this.flow = flow;
  }

  void write(TableBlock table, float indent) throws IOException {
    List<Row> rows = rows(table);
    int columns = 0;
    for (Row row : rows) {
      columns = Math.max(columns, row.cells().size());
    }
    if (columns == 0) {
      return;
    }
    float left = flow.left() + indent;
    float columnWidth = (flow.width() - indent) / columns;
    flow.gap(ProseWriter.PARAGRAPH_GAP);
    for (Row row : rows) {
      row(row, left, columnWidth, columns);
    }
    flow.gap(ProseWriter.PARAGRAPH_GAP);
  }

  private static List<Row> rows(TableBlock table) {
    List<Row> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<List<Span>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          List<Span> spans = new ArrayList<>();
          InlineSpans.collect(
              cell,
              section instanceof TableHead || cell instanceof TableCell c && c.isHeader(),
              false,
              spans);
          cells.add(spans);
        }
        rows.add(new Row(cells, section instanceof TableHead));
      }
    }
    return rows;
  }

  private void row(Row row, float left, float columnWidth, int columns) throws IOException {
    float size = ProseWriter.BODY_SIZE;
    float leading = ProseWriter.BODY_LEADING;
    List<List<Line>> cellLines = new ArrayList<>();
    int most = 1;
    for (List<Span> cell : row.cells()) {
      List<Line> lines = TextLines.wrap(cell, fonts, size, columnWidth - 2 * PADDING);
      cellLines.add(lines);
      most = Math.max(most, lines.size());
    }
    float height = most * leading + 2 * PADDING;
    float top = flow.place(height);
    PDPageContentStream content = flow.content();
    Ink.TEXT.fill(content);
    for (int c = 0; c < cellLines.size(); c++) {
      float lineTop = top - PADDING;
      for (Line line : cellLines.get(c)) {
        line.draw(
            content,
            left + c * columnWidth + PADDING,
            ProseWriter.baseline(lineTop, size, leading),
            size);
        lineTop -= leading;
      }
    }
    Ink.RULE.stroke(content);
    content.setLineWidth(row.head() ? 0.9f : 0.4f);
    content.moveTo(left, top - height);
    content.lineTo(left + columns * columnWidth, top - height);
    content.stroke();
  }
}
