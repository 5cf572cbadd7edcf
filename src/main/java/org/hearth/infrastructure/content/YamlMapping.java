package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.shared.VisibleText;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read safely, with a line number for every key, so each problem names the line at
 * fault. Only plain scalars, sequences and mappings are read: no tags build objects, aliases are
 * bounded, duplicate keys are errors, and the document size is capped.
 */
final class YamlMapping {

  private final String path;
  private final int lineOffset;
  private final ProblemList problems;
  private final Map<String, NodeTuple> entries;
  private final int line;

  YamlMapping(String path, int lineOffset, ProblemList problems, MappingNode node) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.line = lineOf(node);
    this.entries = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problems.add(path, lineOf(key), "a key must be a plain word such as title");
        continue;
      }
      if (entries.containsKey(scalar.getValue())) {
        problems.add(path, lineOf(key), "\"" + scalar.getValue() + "\" appears twice; keep one");
        continue;
      }
      entries.put(scalar.getValue(), tuple);
    }
  }

  /**
   * Parses text as one YAML mapping. {@code lineOffset} is added to every line, for front matter
   * that starts below the top of its file. Empty text gives an empty mapping.
   */
  static Optional<YamlMapping> parse(
      String text, String path, int lineOffset, ProblemList problems) {
    return SafeYamlLoader.parse(text, path, lineOffset, problems);
  }

  /** Reports each key not in {@code known}, at its line: the file is refused. */
  void rejectUnknownKeys(Set<String> known) {
    UnknownKey.of(this, known).forEach(key -> problems.add(path, key.line(), key.refusal()));
  }

  /** Notes each key not in {@code known} at its line and ignores it (see {@link UnknownKey}). */
  void noteUnknownKeys(Set<String> known) {
    UnknownKey.of(this, known).forEach(key -> problems.note(path, key.line(), key.note()));
  }

  /** The keys, in the file's order. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  int lineOfKey(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line : lineOf(tuple.getKeyNode());
  }

  int line() {
    return line;
  }

  Optional<String> text(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof ScalarNode scalar) {
      String value = scalar.getValue().strip();
      // A title is one line that readers must be able to trust: no controls or hidden characters.
      Optional<String> hidden =
          key.equals("title") ? VisibleText.problemInLine(value) : Optional.empty();
      if (hidden.isPresent()) {
        problems.add(
            path,
            lineOf(tuple.getValueNode()),
            key + " " + hidden.get() + "; type it again without that character");
        return Optional.empty();
      }
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    problems.add(path, lineOf(tuple.getValueNode()), key + " must be text");
    return Optional.empty();
  }

  /** The value of {@code key} as parsed, for {@link YamlRawText}; empty when missing or null. */
  Optional<Node> value(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null || isNull(tuple.getValueNode())
        ? Optional.empty()
        : Optional.of(tuple.getValueNode());
  }

  /** The text exactly as written (see {@link YamlRawText#of}). */
  Optional<String> raw(String key) {
    return YamlRawText.of(this, key);
  }

  Optional<String> requiredText(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple != null && !(tuple.getValueNode() instanceof ScalarNode)) {
      return text(key); // reports the wrong shape
    }
    Optional<String> value = text(key);
    boolean written =
        tuple != null
            && tuple.getValueNode() instanceof ScalarNode scalar
            && !scalar.getValue().isBlank();
    if (value.isEmpty() && !written) { // a written but refused value has had its problem reported
      problems.add(
          path, lineOfKey(key), key + " is missing; add a line such as \"" + key + ": …\"");
    }
    return value;
  }

  boolean yesNo(String key, boolean defaultValue) {
    return trueOrFalse(key).orElse(defaultValue);
  }

  Optional<Integer> wholeNumber(String key, int min, int max) {
    return YamlScalars.wholeNumber(this, key, min, max);
  }

  /** True or false (also yes or no); empty when the key is absent, empty or not a truth value. */
  Optional<Boolean> trueOrFalse(String key) {
    return YamlScalars.trueOrFalse(this, key);
  }

  /**
   * A decimal number such as 2 or 1.5 (no exponents, no "NaN"), reported unless it lies within
   * {@code min} (excluded) and {@code max} (included).
   */
  Optional<Double> decimalAbove(String key, double min, double max) {
    return YamlScalars.decimalAbove(this, key, min, max);
  }

  /** Reports a problem of this mapping's file at {@code line}. */
  void report(int line, String message) {
    problems.add(path, line, message);
  }

  /** A list of short texts; a single text is taken as a list of one. */
  List<String> textList(String key) {
    NodeTuple tuple = entries.get(key);
    List<String> values = new ArrayList<>();
    if (tuple == null || isNull(tuple.getValueNode())) {
      return values;
    }
    Node node = tuple.getValueNode();
    if (node instanceof ScalarNode scalar) {
      if (!scalar.getValue().isBlank()) {
        values.add(scalar.getValue().strip());
      }
      return values;
    }
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
          values.add(scalar.getValue().strip().replaceAll("\\s+", " "));
        } else {
          problems.add(path, lineOf(item), "each entry of " + key + " must be a short text");
        }
      }
      return values;
    }
    problems.add(path, lineOf(node), key + " must be a list such as [a, b]");
    return values;
  }

  /**
   * Text and the file line it starts on, for Markdown whose links are reported by line: a block
   * ("key: |") starts on the line below its key.
   */
  Optional<Located> located(String key) {
    Optional<String> value = text(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Located(value.get(), firstTextLine((ScalarNode) entries.get(key).getValueNode())));
  }

  /**
   * Like {@link #located}, but a missing or empty value is reported as {@link #requiredText} does.
   */
  Optional<Located> requiredLocated(String key) {
    return requiredText(key)
        .map(
            value ->
                new Located(value, firstTextLine((ScalarNode) entries.get(key).getValueNode())));
  }

  /** Like {@link #textList}, keeping each entry's line; entries are not reflowed. */
  List<Located> locatedList(String key) {
    NodeTuple tuple = entries.get(key);
    List<Located> values = new ArrayList<>();
    if (tuple == null || isNull(tuple.getValueNode())) {
      return values;
    }
    Node node = tuple.getValueNode();
    if (node instanceof ScalarNode scalar) {
      if (!scalar.getValue().isBlank()) {
        values.add(new Located(scalar.getValue().strip(), firstTextLine(scalar)));
      }
      return values;
    }
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
          values.add(new Located(scalar.getValue().strip(), firstTextLine(scalar)));
        } else {
          problems.add(path, lineOf(item), "each entry of " + key + " must be a text");
        }
      }
      return values;
    }
    problems.add(path, lineOf(node), key + " must be a list such as [a, b]");
    return values;
  }

  /** A text and the line of the file its first character is on. */
  record Located(String text, int line) {}

  Optional<YamlMapping> mapping(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    if (tuple.getValueNode() instanceof MappingNode node) {
      return Optional.of(new YamlMapping(path, lineOffset, problems, node));
    }
    problems.add(path, lineOf(tuple.getValueNode()), key + " must hold \"key: value\" lines");
    return Optional.empty();
  }

  List<YamlMapping> mappingList(String key) {
    NodeTuple tuple = entries.get(key);
    List<YamlMapping> values = new ArrayList<>();
    if (tuple == null || isNull(tuple.getValueNode())) {
      return values;
    }
    if (tuple.getValueNode() instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        if (item instanceof MappingNode node) {
          values.add(new YamlMapping(path, lineOffset, problems, node));
        } else {
          problems.add(
              path, lineOf(item), "each entry of " + key + " must hold \"key: value\" lines");
        }
      }
      return values;
    }
    problems.add(path, lineOf(tuple.getValueNode()), key + " must be a list");
    return values;
  }

  private int firstTextLine(ScalarNode scalar) {
    int first = lineOf(scalar);
    if (scalar.getScalarStyle() == ScalarStyle.LITERAL
        || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
      first++; // the text starts below the | or >
    }
    String value = scalar.getValue();
    String leading = value.substring(0, value.length() - value.stripLeading().length());
    return first + (int) leading.chars().filter(c -> c == '\n').count();
  }

  private int lineOf(Node node) {
    return lineOffset + node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL);
  }
}
