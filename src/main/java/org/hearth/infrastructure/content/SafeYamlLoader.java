package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads the text of a course file as one YAML mapping without trusting it: only nodes are composed
 * (no tags build objects), aliases are bounded, the size is capped, and a syntax error is reported
 * at its line instead of thrown, so a hostile or broken file costs no more than a problem.
 */
final class SafeYamlLoader {

  private static final int MAX_CODE_POINTS = 1_000_000;
  private static final int MAX_ALIASES = 20;

  private SafeYamlLoader() {}

  /**
   * Parses text as one YAML mapping. {@code lineOffset} is added to every line, for front matter
   * that starts below the top of its file. Empty text gives an empty mapping.
   */
  static Optional<YamlMapping> parse(
      String text, String path, int lineOffset, ProblemList problems) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(path)
            .setAllowDuplicateKeys(true) // reported by YamlMapping, with its line, not thrown
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setUseMarks(true)
            .build();
    try {
      Composer composer =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      if (!composer.hasNext()) {
        return Optional.of(empty(path, lineOffset, problems));
      }
      Node root = composer.next();
      if (composer.hasNext()) {
        problems.add(path, lineOffset + 1, "holds more than one YAML document; keep only one");
        return Optional.empty();
      }
      if (!(root instanceof MappingNode mapping)) {
        problems.add(
            path,
            lineOffset + root.getStartMark().map(m -> m.getLine() + 1).orElse(1),
            "must be a list of \"key: value\" lines");
        return Optional.empty();
      }
      return Optional.of(new YamlMapping(path, lineOffset, problems, mapping));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      problems.add(path, line == 0 ? 0 : lineOffset + line, "is not valid YAML: " + e.getProblem());
      return Optional.empty();
    } catch (YamlEngineException e) {
      problems.add(path, 0, "is not valid YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  private static YamlMapping empty(String path, int lineOffset, ProblemList problems) {
    return new YamlMapping(
        path, lineOffset, problems, new MappingNode(Tag.MAP, List.of(), FlowStyle.AUTO));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
