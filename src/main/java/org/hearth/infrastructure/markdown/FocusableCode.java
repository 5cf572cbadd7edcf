package org.hearth.infrastructure.markdown;

import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Puts code blocks in the keyboard's tab order: a long line scrolls sideways inside its block, and
 * someone without a mouse can only scroll what they can focus (axe's {@code
 * scrollable-region-focusable}).
 */
final class FocusableCode implements AttributeProvider {

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if ("pre".equals(tagName)
        && (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
      attributes.put("tabindex", "0");
    }
  }
}
