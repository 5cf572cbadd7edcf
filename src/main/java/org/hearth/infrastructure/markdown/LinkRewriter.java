package org.hearth.infrastructure.markdown;

/**
 * Decides where a link or image in a lesson really points, e.g. from "02-next.md" to the next
 * lesson's page. Returns the destination unchanged when it has nothing to say about it.
 */
@FunctionalInterface
public interface LinkRewriter {

  LinkRewriter NONE = (destination, image, line) -> destination;

  /**
   * @param destination the link as written
   * @param image whether it is an image source
   * @param line the 1-based line of the Markdown text it was written on
   */
  String rewrite(String destination, boolean image, int line);

  /**
   * Told, once per text, what of its raw HTML the sanitiser left out (say "<iframe>, the style of
   * <div>"), so the author can hear of it; by default nobody is told.
   */
  default void leftOut(String what) {}
}
