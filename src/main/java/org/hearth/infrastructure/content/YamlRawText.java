package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Texts of a {@link YamlMapping} exactly as written, white space and all, for the quiz editor's
 * form, which must save a file's texts as they were. Nothing is reported here: the content reader
 * reports a value of the wrong shape when it reads the same key.
 */
final class YamlRawText {

  private YamlRawText() {}

  /** The text of {@code key}; empty when it is missing, null or not text. */
  static Optional<String> of(YamlMapping yaml, String key) {
    return yaml.value(key)
        .filter(ScalarNode.class::isInstance)
        .map(node -> ((ScalarNode) node).getValue());
  }

  /**
   * The texts listed under {@code key}, each as written; a single text that is not blank is a list
   * of one, as the content reader takes it.
   *
   * @param reflowListed whether each listed text has its spaces run together, as the content reader
   *     does for accepted answers (a single text is then kept as written, which the reader takes as
   *     it stands)
   */
  static List<String> list(YamlMapping yaml, String key, boolean reflowListed) {
    List<String> texts = new ArrayList<>();
    Optional<Node> node = yaml.value(key);
    if (node.isPresent() && node.get() instanceof ScalarNode scalar) {
      if (!scalar.getValue().isBlank()) {
        texts.add(scalar.getValue());
      }
    } else if (node.isPresent() && node.get() instanceof SequenceNode sequence) {
      for (Node entry : sequence.getValue()) {
        if (entry instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
          String text = scalar.getValue();
          texts.add(reflowListed ? text.strip().replaceAll("\\s+", " ") : text);
        }
      }
    }
    return texts;
  }
}
