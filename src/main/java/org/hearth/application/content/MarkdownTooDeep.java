package org.hearth.application.content;

/**
 * Markdown nested deeper than {@link #MAX_DEPTH} levels (quotes inside quotes, lists inside lists):
 * refused rather than rendered, since no lesson means it and rendering it would exhaust the
 * server's stack.
 */
public class MarkdownTooDeep extends RuntimeException {

  /** How deep quotes, lists and emphasis may nest. */
  public static final int MAX_DEPTH = 100;

  private final int line;

  public MarkdownTooDeep(int line) {
    super(
        "nests quotes, lists or emphasis more than "
            + MAX_DEPTH
            + " levels deep; no lesson needs that many, so "
            + "flatten it");
    this.line = line;
  }

  /** The 1-based line, in the Markdown text given, where the nesting passes the limit. */
  public int line() {
    return line;
  }
}
