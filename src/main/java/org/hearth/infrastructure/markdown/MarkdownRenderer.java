package org.hearth.infrastructure.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns lesson Markdown (CommonMark with GitHub tables, heading anchors, footnotes and task lists)
 * into sanitised HTML. Raw HTML in the Markdown is escaped, not passed through, and the result goes
 * through {@link HtmlSanitizer} all the same. Thread-safe: build one and share it.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          HeadingAnchorExtension.create(),
          FootnotesExtension.create(),
          TaskListItemsExtension.create());

  private final Parser parser =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  /** Renders Markdown whose links need no rewriting, such as a course's support text. */
  public String render(String markdown) {
    return render(markdown, LinkRewriter.NONE);
  }

  /** Renders Markdown, letting {@code links} resolve each link and image destination first. */
  public String render(String markdown, LinkRewriter links) {
    Node document = parser.parse(markdown);
    document.accept(new LinkVisitor(links));
    return HtmlSanitizer.sanitize(renderer.render(document));
  }

  private static final class LinkVisitor extends AbstractVisitor {

    private final LinkRewriter links;

    LinkVisitor(LinkRewriter links) {
      this.links = links;
    }

    @Override
    public void visit(Link link) {
      link.setDestination(links.rewrite(link.getDestination(), false, lineOf(link)));
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      image.setDestination(links.rewrite(image.getDestination(), true, lineOf(image)));
      visitChildren(image);
    }

    private static int lineOf(Node node) {
      Node current = node;
      while (current != null) {
        if (!current.getSourceSpans().isEmpty()) {
          return current.getSourceSpans().get(0).getLineIndex() + 1;
        }
        current = current.getParent();
      }
      return 0;
    }
  }
}
