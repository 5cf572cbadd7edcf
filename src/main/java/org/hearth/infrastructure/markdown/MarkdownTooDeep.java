package org.hearth.infrastructure.markdown;

/**
 * Markdown nested deeper than {@link MarkdownRenderer#MAX_DEPTH} levels (quotes inside quotes,
 * lists inside lists): refused rather than rendered, since no lesson means it and rendering it
 * would exhaust the server's stack.
 */
public class MarkdownTooDeep extends RuntimeException {

  private final int line;

  MarkdownTooDeep(int line) {
    super(
        "nests quotes, lists or emphasis more than "
            + MarkdownRenderer.MAX_DEPTH
            + " levels deep; no lesson needs that many, so "
            + "flatten it");
    this.line = line;
  }

  /** The 1-based line, in the Markdown text given, where the nesting passes the limit. */
  public int line() {
    return line;
  }
}
