package org.hearth.infrastructure.content;

import java.util.List;
import java.util.Set;

/**
 * A key of a YAML mapping that Hearth does not read, with its line and what to tell the author: a
 * refusal for Hearth's own formats (a misspelt {@code pass_mark} must not pass silently), a note
 * for lesson front matter written for other tools (Jekyll's {@code layout}, the Carpentries' {@code
 * keypoints}), whose intent is clear.
 */
record UnknownKey(String key, int line, String known) {

  static List<UnknownKey> of(YamlMapping yaml, Set<String> known) {
    String list = String.join(", ", known.stream().sorted().toList());
    return yaml.keys().stream()
        .filter(key -> !known.contains(key))
        .map(key -> new UnknownKey(key, yaml.lineOfKey(key), list))
        .toList();
  }

  String refusal() {
    return "\"" + key + "\" is not a known field; known fields are " + known;
  }

  String note() {
    return "\"" + key + "\" is not a field Hearth reads, so it is ignored; Hearth reads " + known;
  }
}
