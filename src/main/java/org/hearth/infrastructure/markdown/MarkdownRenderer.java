package org.hearth.infrastructure.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
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
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hearth.application.content.MarkdownToHtml;
import org.hearth.application.content.MarkdownTooDeep;

/**
 * Turns lesson Markdown (CommonMark with GitHub tables, heading anchors, footnotes and task lists)
 * into sanitised HTML. Raw HTML in the Markdown is escaped, not passed through, and the result goes
 * through {@link HtmlSanitizer} all the same. Images from other sites become links to them.
 * Thread-safe: build one and share it.
 */
public final class MarkdownRenderer implements MarkdownToHtml {

  /** The deepest nesting of blocks and inlines a text may have. */
  public static final int MAX_DEPTH = MarkdownTooDeep.MAX_DEPTH;

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
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .attributeProviderFactory(context -> new FocusableCode())
          .build();

  /** Renders Markdown whose links need no rewriting, such as a course's support text. */
  @Override
  public String render(String markdown) {
    return render(markdown, LinkRewriter.NONE);
  }

  /**
   * Renders Markdown, letting {@code links} resolve each link and image destination first.
   *
   * @throws MarkdownTooDeep when the text nests deeper than {@link #MAX_DEPTH} levels
   */
  public String render(String markdown, LinkRewriter links) {
    int deep = NestingScan.firstLineDeeperThan(markdown, MAX_DEPTH);
    if (deep > 0) {
      throw new MarkdownTooDeep(deep);
    }
    try {
      Node document = parser.parse(markdown);
      checkDepth(document);
      document.accept(new LinkVisitor(links));
      return HtmlSanitizer.sanitize(renderer.render(document));
    } catch (StackOverflowError tooDeepToWalk) {
      // Nesting the scan cannot see (emphasis in emphasis, thousands deep); the stack unwound here.
      throw new MarkdownTooDeep(NestingScan.busiestLine(markdown));
    }
  }

  /**
   * Walks the tree without recursion, so a too-deep text is found before anything recurses into it.
   */
  private static void checkDepth(Node document) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        throw new MarkdownTooDeep(LinkVisitor.lineOf(node));
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
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

    /**
     * An image from another site is shown as a link to it instead: loading it would tell that site
     * the reader's address and when they read the lesson. The link names the image's alt text.
     */
    @Override
    public void visit(Image image) {
      String destination = links.rewrite(image.getDestination(), true, lineOf(image));
      if (ExternalAddress.isExternal(destination)) {
        Link link = new Link(destination, image.getTitle());
        String alt = altText(image);
        link.appendChild(
            new Text(alt.isBlank() ? "An image on another site" : "Image on another site: " + alt));
        link.setSourceSpans(image.getSourceSpans());
        image.insertBefore(link);
        image.unlink();
        return;
      }
      image.setDestination(destination);
      visitChildren(image);
    }

    private static String altText(Node image) {
      StringBuilder text = new StringBuilder();
      image.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text node) {
              text.append(node.getLiteral());
            }
          });
      return text.toString().strip();
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
