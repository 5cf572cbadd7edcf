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
 * into sanitised HTML. Raw HTML written in the Markdown passes to {@link HtmlSanitizer}, whose
 * allow-list keeps what suits a lesson ({@code <details>}, {@code <kbd>}, {@code <span id>}
 * anchors, callout {@code <div>}s) and drops the rest; Markdown inside HTML containers renders as
 * Markdown ({@link HtmlBlockSpacing}). Images from other sites become links to them. Thread-safe:
 * build one and share it.
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
          .escapeHtml(false)
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
    HtmlBlockSpacing.Spaced spaced = HtmlBlockSpacing.of(markdown);
    try {
      Node document = parser.parse(spaced.text());
      checkDepth(document, spaced);
      document.accept(new LinkVisitor(links, spaced));
      return HtmlSanitizer.sanitize(renderer.render(document), links::leftOut);
    } catch (StackOverflowError tooDeepToWalk) {
      // Nesting the scan cannot see (emphasis in emphasis, thousands deep); the stack unwound here.
      throw new MarkdownTooDeep(NestingScan.busiestLine(markdown));
    }
  }

  /**
   * Walks the tree without recursion, so a too-deep text is found before anything recurses into it.
   */
  private static void checkDepth(Node document, HtmlBlockSpacing.Spaced spaced) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX_DEPTH) {
        throw new MarkdownTooDeep(spaced.original(LinkVisitor.lineOf(node)));
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }

  private static final class LinkVisitor extends AbstractVisitor {

    private final LinkRewriter links;
    private final HtmlBlockSpacing.Spaced spaced;

    LinkVisitor(LinkRewriter links, HtmlBlockSpacing.Spaced spaced) {
      this.links = links;
      this.spaced = spaced;
    }

    @Override
    public void visit(Link link) {
      link.setDestination(
          links.rewrite(link.getDestination(), false, spaced.original(lineOf(link))));
      visitChildren(link);
    }

    /**
     * An image from another site is shown as a link to it instead: loading it would tell that site
     * the reader's address and when they read the lesson. The link names the image's alt text.
     */
    @Override
    public void visit(Image image) {
      String destination =
          links.rewrite(image.getDestination(), true, spaced.original(lineOf(image)));
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
