package org.hearth.application.authoring;

import java.util.Locale;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;

/**
 * Writes one text as a YAML value that any YAML 1.2 reader reads back exactly: plain when that is
 * safe, a literal block ({@code |}) when it has several lines, double-quoted with escapes
 * otherwise. Checks err towards quoting: a quoted text that could have been plain is still right.
 */
final class YamlScalar {

  /** Characters that mean something at the start of a plain scalar. */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  /** Texts that some YAML readers (1.1 ones) take for true or false. */
  private static final Set<String> OLD_BOOLEANS =
      Set.of("y", "yes", "n", "no", "on", "off", "true", "false");

  private static final CoreScalarResolver CORE = new CoreScalarResolver(true);
  private static final JsonScalarResolver JSON = new JsonScalarResolver();

  private YamlScalar() {}

  /**
   * Appends {@code lead} (such as {@code " prompt:"} or {@code " -"}), the value and a line break;
   * a literal block's lines are indented to {@code indent}, which must lie deeper than the key or
   * dash by two spaces.
   */
  static void append(StringBuilder out, String lead, String value, int indent) {
    if (fitsLiteral(value)) {
      literal(out, lead, value, indent);
    } else {
      out.append(lead).append(' ').append(inline(value)).append('\n');
    }
  }

  /** The value on one line: plain when safe, else double-quoted. */
  static String inline(String value) {
    return fitsPlain(value) ? value : doubleQuoted(value);
  }

  private static boolean fitsPlain(String value) {
    if (value.isEmpty() || !value.equals(value.strip()) || !allPrintable(value, false)) {
      return false;
    }
    if (INDICATORS.indexOf(value.charAt(0)) >= 0 || value.startsWith("...")) {
      return false;
    }
    if (value.contains(": ") || value.endsWith(":") || value.contains(" #")) {
      return false;
    }
    if (OLD_BOOLEANS.contains(value.toLowerCase(Locale.ROOT))) {
      return false;
    }
    // Not a number, null or truth value to any YAML 1.2 schema.
    return CORE.resolve(value, true).equals(Tag.STR) && JSON.resolve(value, true).equals(Tag.STR);
  }

  /**
   * A literal block keeps every character but can't hold a carriage return or control characters,
   * lines of nothing but spaces are ambiguous at its edges, and kept trailing line breaks ({@code
   * |+}) would swallow the blank line that separates questions: those go double-quoted.
   */
  private static boolean fitsLiteral(String value) {
    if (value.indexOf('\n') < 0
        || value.isBlank()
        || value.endsWith("\n\n")
        || !allPrintable(value, true)) {
      return false;
    }
    for (String line : value.split("\n", -1)) {
      if (!line.isEmpty() && line.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static void literal(StringBuilder out, String lead, String value, int indent) {
    out.append(lead).append(" |");
    if (value.startsWith(" ") || value.startsWith("\n")) {
      out.append(2); // the first line's own indentation is text, not the block's
    }
    boolean endsWithBreak = value.endsWith("\n");
    if (!endsWithBreak) {
      out.append('-');
    }
    out.append('\n');
    String body = endsWithBreak ? value.substring(0, value.length() - 1) : value;
    String margin = " ".repeat(indent);
    for (String line : body.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(margin).append(line);
      }
      out.append('\n');
    }
  }

  /** Whether every character may stand as itself in YAML text (tabs and line breaks as asked). */
  private static boolean allPrintable(String value, boolean block) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\t') {
        if (!block) {
          return false;
        }
      } else if (!printable(value, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean printable(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029 && c != 0xFEFF);
  }

  private static String doubleQuoted(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (printable(value, i)) {
            quoted.append(c);
          } else {
            quoted.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
