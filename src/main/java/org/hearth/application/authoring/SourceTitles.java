package org.hearth.application.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads and changes the title line of a course file without parsing the rest: {@code title:} in
 * course.yaml, module.yaml, a quiz's YAML and a lesson's or worksheet's front matter, and the
 * {@code // title:} comment of a GIFT quiz. Changing a title touches that one line only, so
 * everything else an author wrote (comments, spacing) stays as it was.
 */
public final class SourceTitles {

  private static final Pattern YAML_TITLE = Pattern.compile("(?m)^title:[ \\t]*(.*?)[ \\t]*$");
  private static final Pattern GIFT_TITLE =
      Pattern.compile("(?m)^//[ \\t]*title:[ \\t]*(.*?)[ \\t]*$");

  private SourceTitles() {}

  /** The title the file gives itself, if its title line can be read. */
  public static Optional<String> title(String path, String text) {
    Matcher m = (path.endsWith(".gift") ? GIFT_TITLE : YAML_TITLE).matcher(headerOf(path, text));
    if (!m.find()) {
      return Optional.empty();
    }
    String raw = m.group(1);
    if (path.endsWith(".gift")) {
      return Optional.of(raw).filter(t -> !t.isBlank());
    }
    try {
      Object value = new Load(LoadSettings.builder().build()).loadFromString("t: " + raw);
      if (value instanceof Map<?, ?> map && map.get("t") != null) {
        return Optional.of(map.get("t").toString()).filter(t -> !t.isBlank());
      }
    } catch (RuntimeException e) {
      // an unreadable title line: the caller falls back to the file's name
    }
    return Optional.empty();
  }

  /** The text with its title line set to {@code title}, added at the top when it had none. */
  public static String retitle(String path, String text, String title) {
    String clean = title.strip().replaceAll("\\p{Cntrl}", " ");
    if (path.endsWith(".gift")) {
      String line = "// title: " + clean;
      Matcher m = GIFT_TITLE.matcher(text);
      return m.find()
          ? text.substring(0, m.start()) + line + text.substring(m.end())
          : line + "\n" + text;
    }
    String line = "title: " + quoted(clean);
    boolean frontMatter = path.endsWith(".md");
    String header = headerOf(path, text);
    int offset = frontMatter && text.startsWith("---") ? text.indexOf('\n') + 1 : 0;
    Matcher m = YAML_TITLE.matcher(header);
    if (m.find()) {
      return text.substring(0, offset + m.start()) + line + text.substring(offset + m.end());
    }
    if (frontMatter && offset == 0) {
      return "---\n" + line + "\n---\n" + text;
    }
    return text.substring(0, offset) + line + "\n" + text.substring(offset);
  }

  /** A YAML double-quoted scalar that reads back as exactly {@code text}. */
  public static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The instructors listed in a course.yaml, lower-cased; empty when it cannot be read. */
  public static List<String> instructors(String courseYaml) {
    List<String> emails = new ArrayList<>();
    try {
      Object value = new Load(LoadSettings.builder().build()).loadFromString(courseYaml);
      if (value instanceof Map<?, ?> map && map.get("instructors") instanceof List<?> list) {
        for (Object email : list) {
          if (email != null) {
            emails.add(email.toString().strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (RuntimeException e) {
      // unreadable YAML: publishing reports it with its line; nobody is added meanwhile
    }
    return emails;
  }

  /** The part of the file a title line may be in: the front matter of Markdown, else all of it. */
  private static String headerOf(String path, String text) {
    if (!path.endsWith(".md")) {
      return text;
    }
    if (!text.startsWith("---")) {
      return "";
    }
    int start = text.indexOf('\n') + 1;
    int end = text.indexOf("\n---", start);
    return start <= 0 || end < 0 ? "" : text.substring(start, end + 1);
  }
}
