package org.hearth.application.authoring;

import java.util.List;

/** How the course details form's plain-text fields are read from and written as YAML. */
final class DetailsYaml {

  private DetailsYaml() {}

  /** {@code lead value}, unless the value is blank; a value of several lines as a block. */
  static void optional(StringBuilder out, String lead, String value) {
    String clean = value == null ? "" : value.replace("\r\n", "\n").strip();
    if (!clean.isEmpty()) {
      YamlScalar.append(out, lead, clean.contains("\n") ? clean + "\n" : clean, 2);
    }
  }

  static void list(StringBuilder out, String key, String lines) {
    List<String> values = nonEmptyLines(lines);
    if (!values.isEmpty()) {
      out.append(key).append('\n');
      values.forEach(v -> YamlScalar.append(out, "  -", v, 4));
    }
  }

  static List<String> nonEmptyLines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  static String lines(Object value) {
    if (value instanceof List<?> list) {
      return String.join("\n", list.stream().map(String::valueOf).toList());
    }
    return text(value);
  }
}
