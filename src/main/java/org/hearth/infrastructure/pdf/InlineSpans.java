package org.hearth.infrastructure.pdf;

import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.hearth.infrastructure.pdf.PdfFonts.Style;
import org.hearth.infrastructure.pdf.TextLines.Span;

/**
 * Turns a Markdown block's inline content into the styled spans {@link TextLines} sets, emphasis
 * kept. Paper cannot be clicked, so a link keeps its text and, when it is a web address not already
 * shown, the address after it.
 */
final class InlineSpans {

  private InlineSpans() {}

  /** Adds the spans of {@code parent}'s inline children to {@code out}. */
  static void collect(Node parent, boolean bold, boolean italic, List<Span> out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        out.add(new Span(text.getLiteral(), Style.of(bold, italic)));
      } else if (node instanceof Code code) {
        out.add(new Span(code.getLiteral(), Style.MONO));
      } else if (node instanceof Emphasis) {
        collect(node, bold, true, out);
      } else if (node instanceof StrongEmphasis) {
        collect(node, true, italic, out);
      } else if (node instanceof Link link) {
        link(link, bold, italic, out);
      } else if (node instanceof Image) {
        collect(node, bold, true, out);
      } else if (node instanceof SoftLineBreak) {
        out.add(new Span(" ", Style.of(bold, italic)));
      } else if (node instanceof HardLineBreak) {
        out.add(new Span("\n", Style.of(bold, italic)));
      } else if (node instanceof HtmlInline html) {
        out.add(new Span(html.getLiteral(), Style.of(bold, italic)));
      } else if (node instanceof FootnoteReference reference) {
        out.add(new Span("[" + reference.getLabel() + "]", Style.of(bold, italic)));
      } else {
        collect(node, bold, italic, out);
      }
    }
  }

  private static void link(Link link, boolean bold, boolean italic, List<Span> out) {
    int before = out.size();
    collect(link, bold, italic, out);
    String destination = link.getDestination();
    if (destination != null
        && destination.matches("(?i)https?://.+")
        && !shownText(out, before).equals(destination)) {
      out.add(new Span(" (" + destination + ")", Style.of(bold, italic)));
    }
  }

  private static String shownText(List<Span> spans, int from) {
    StringBuilder text = new StringBuilder();
    for (Span span : spans.subList(from, spans.size())) {
      text.append(span.text());
    }
    return text.toString();
  }
}
