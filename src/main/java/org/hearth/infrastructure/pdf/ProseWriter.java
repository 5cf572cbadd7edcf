package org.hearth.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Line;
import org.hearth.infrastructure.pdf.TextLines.Span;

/**
 * Sets a worksheet's Markdown prose on the page: headings, paragraphs, bulleted, numbered and task
 * lists, quotes, code, rules, tables and footnotes, in the same Markdown dialect as lessons (minus
 * raw HTML, which is shown as text, as on the web page). Inline text is {@link InlineSpans}'s work,
 * tables {@link TableWriter}'s.
 */
final class ProseWriter {

  static final float BODY_SIZE = 10.5f;
  static final float BODY_LEADING = 14.5f;
  static final float PARAGRAPH_GAP = 7;
  private static final float CODE_SIZE = 9;
  private static final float CODE_LEADING = 12;
  private static final float LIST_INDENT = 18;
  private static final float QUOTE_INDENT = 14;

  /** Thread-safe, as commonmark parsers are. */
  private static final Parser PARSER =
      Parser.builder()
          .extensions(
              List.of(
                  TablesExtension.create(),
                  TaskListItemsExtension.create(),
                  FootnotesExtension.create()))
          .build();

  private final PdfFonts fonts;
  private final PageFlow flow;
  private final TableWriter tables;

  /** What the next line drawn carries in its margin: a list item's bullet, number or box. */
  private ListMarker marker;

  /**
   * Where blocks are being set: their indent, how many quotes and lists hold them, and whether the
   * list is tight.
   */
  private record Context(float indent, int quotes, int listDepth, boolean tight) {

    Context indented(float more) {
      return new Context(indent + more, quotes, listDepth, tight);
    }
  }

  ProseWriter(PdfFonts fonts, PageFlow flow) {
    this.fonts = fonts;
    this.flow = flow;
    this.tables = new TableWriter(fonts, flow);
  }

  void write(String markdown) throws IOException {
    if (markdown == null || markdown.isBlank()) {
      return;
    }
    blocks(PARSER.parse(markdown), new Context(0, 0, 0, false));
  }

  private void blocks(Node parent, Context context) throws IOException {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      block(node, context);
    }
  }

  private void block(Node node, Context context) throws IOException {
    if (node instanceof Heading heading) {
      heading(heading, context);
    } else if (node instanceof Paragraph paragraph) {
      paragraph(paragraph, context);
    } else if (node instanceof ListBlock list) {
      list(list, context);
    } else if (node instanceof BlockQuote quote) {
      quote(quote, context);
    } else if (node instanceof FencedCodeBlock code) {
      code(code.getLiteral(), context);
    } else if (node instanceof IndentedCodeBlock code) {
      code(code.getLiteral(), context);
    } else if (node instanceof HtmlBlock html) {
      html(html, context);
    } else if (node instanceof ThematicBreak) {
      rule(context);
    } else if (node instanceof TableBlock table) {
      tables.write(table, context.indent());
    } else if (node instanceof FootnoteDefinition footnote) {
      footnote(footnote, context);
    } else if (!(node instanceof TaskListItemMarker)) {
      blocks(node, context);
    }
  }

  private void paragraph(Paragraph paragraph, Context context) throws IOException {
    List<Span> spans = new ArrayList<>();
    InlineSpans.collect(paragraph, false, false, spans);
    text(spans, BODY_SIZE, BODY_LEADING, context, 0, Ink.TEXT);
    flow.gap(context.tight() ? 2 : PARAGRAPH_GAP);
  }

  private void quote(BlockQuote quote, Context context) throws IOException {
    flow.gap(PARAGRAPH_GAP);
    blocks(
        quote,
        new Context(
            context.indent() + QUOTE_INDENT,
            context.quotes() + 1,
            context.listDepth(),
            context.tight()));
    flow.gap(PARAGRAPH_GAP);
  }

  /** Raw HTML is shown as text, as on the web page. */
  private void html(HtmlBlock html, Context context) throws IOException {
    text(
        List.of(new Span(html.getLiteral(), Style.REGULAR)),
        BODY_SIZE,
        BODY_LEADING,
        context,
        0,
        Ink.TEXT);
    flow.gap(PARAGRAPH_GAP);
  }

  private void footnote(FootnoteDefinition footnote, Context context) throws IOException {
    List<Span> spans = new ArrayList<>();
    spans.add(new Span("[" + footnote.getLabel() + "] ", Style.REGULAR));
    for (Node child = footnote.getFirstChild(); child != null; child = child.getNext()) {
      InlineSpans.collect(child, false, false, spans);
      spans.add(new Span(" ", Style.REGULAR));
    }
    text(spans, 9, 12, context, 0, Ink.MUTED);
    flow.gap(4);
  }

  private void heading(Heading heading, Context context) throws IOException {
    float size =
        switch (heading.getLevel()) {
          case 1 -> 17;
          case 2 -> 14;
          case 3 -> 12;
          default -> 11;
        };
    List<Span> spans = new ArrayList<>();
    InlineSpans.collect(heading, true, false, spans);
    flow.gap(size + 2);
    // Keep a heading with the first lines of what follows it.
    text(spans, size, size * 1.3f, context, 3 * BODY_LEADING, Ink.HEADING);
    flow.gap(5);
  }

  private void list(ListBlock list, Context context) throws IOException {
    OrderedList ordered = list instanceof OrderedList o ? o : null;
    int number =
        ordered != null && ordered.getMarkerStartNumber() != null
            ? ordered.getMarkerStartNumber()
            : 1;
    String delimiter =
        ordered != null && ordered.getMarkerDelimiter() != null
            ? ordered.getMarkerDelimiter()
            : ".";
    Context inner =
        new Context(
            context.indent() + LIST_INDENT,
            context.quotes(),
            context.listDepth() + 1,
            list.isTight());
    flow.gap(context.tight() ? 2 : PARAGRAPH_GAP);
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      if (item.getFirstChild() instanceof TaskListItemMarker task) {
        marker = new ListMarker(null, task.isChecked());
      } else if (list instanceof OrderedList) {
        marker = new ListMarker(number + delimiter, null);
      } else {
        marker = new ListMarker(context.listDepth() == 0 ? "•" : "–", null);
      }
      number++;
      blocks(item, inner);
      marker = null;
      flow.gap(list.isTight() ? 2 : PARAGRAPH_GAP);
    }
    flow.gap(context.tight() ? 2 : PARAGRAPH_GAP);
  }

  private void code(String literal, Context context) throws IOException {
    String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    List<Line> lines = new ArrayList<>();
    for (String source : text.split("\n", -1)) {
      float width = flow.width() - context.indent() - 8;
      lines.addAll(
          TextLines.wrap(source.isEmpty() ? " " : source, Style.MONO, fonts, CODE_SIZE, width));
    }
    flow.gap(PARAGRAPH_GAP);
    lines(lines, CODE_SIZE, CODE_LEADING, context.indented(8), 0, Ink.TEXT);
    flow.gap(PARAGRAPH_GAP);
  }

  private void rule(Context context) throws IOException {
    flow.gap(PARAGRAPH_GAP);
    float top = flow.place(9);
    PDPageContentStream content = flow.content();
    Ink.RULE.stroke(content);
    content.setLineWidth(0.5f);
    content.moveTo(flow.left() + context.indent(), top - 4.5f);
    content.lineTo(flow.left() + flow.width(), top - 4.5f);
    content.stroke();
    flow.gap(PARAGRAPH_GAP);
  }

  private void text(
      List<Span> spans, float size, float leading, Context context, float keep, Ink ink)
      throws IOException {
    float width = flow.width() - context.indent();
    lines(TextLines.wrap(spans, fonts, size, width), size, leading, context, keep, ink);
  }

  private void lines(
      List<Line> lines, float size, float leading, Context context, float keep, Ink ink)
      throws IOException {
    float x = flow.left() + context.indent();
    for (int i = 0; i < lines.size(); i++) {
      float top = flow.place(leading, i == 0 ? keep : 0);
      PDPageContentStream content = flow.content();
      float baseline = baseline(top, size, leading);
      for (int q = 0; q < context.quotes(); q++) {
        Ink.QUOTE_BAR.fill(content);
        content.addRect(flow.left() + q * QUOTE_INDENT, top - leading, 2, leading);
        content.fill();
      }
      ink.fill(content);
      if (marker != null) {
        marker.draw(content, fonts, x, baseline, size, LIST_INDENT);
        marker = null;
      }
      Line line = lines.get(i);
      float shift =
          line.rightToLeft() ? Math.max(0, flow.width() - context.indent() - line.width()) : 0;
      line.draw(content, x + shift, baseline, size);
    }
  }

  /** Where text of this size sits in a line box of this leading whose top is at {@code top}. */
  static float baseline(float top, float size, float leading) {
    return top - (leading - size) / 2 - size * 0.78f;
  }
}
