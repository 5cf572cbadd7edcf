package org.hearth.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's HTML as a browser without scripts would: the forms, their fields, and text with
 * every character reference decoded, so tests compare what a reader sees rather than how the server
 * happened to escape it.
 */
final class PageForms {

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

  /** One form of a page: where it posts, and its fields' values as the page gave them. */
  record Form(String id, String action, String html) {

    /**
     * The hidden fields (view state, anti-forgery token…) plus every text field and text area as
     * shown.
     */
    Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Map<String, String> input : inputs(html)) {
        String type = input.getOrDefault("type", "text");
        if (input.containsKey("name") && (type.equals("hidden") || type.equals("text"))) {
          fields.put(input.get("name"), input.getOrDefault("value", ""));
        }
      }
      fields.putAll(textAreas());
      return fields;
    }

    /**
     * Text areas by name, with the one line break a browser drops after the opening tag removed.
     */
    Map<String, String> textAreas() {
      Map<String, String> areas = new LinkedHashMap<>();
      Matcher area = TEXTAREA.matcher(html);
      while (area.find()) {
        String text = decode(area.group(2));
        areas.put(
            attributes(area.group(1)).get("name"),
            text.startsWith("\n") ? text.substring(1) : text);
      }
      return areas;
    }

    /** The value of the text field named {@code name}, as shown. */
    String value(String name) {
      return inputs(html).stream()
          .filter(i -> name.equals(i.get("name")))
          .findFirst()
          .map(i -> i.getOrDefault("value", ""))
          .orElseThrow(() -> new AssertionError("no field " + name + " in form " + id));
    }

    /**
     * The name of the submit button labelled {@code label}, to send as a browser does when it is
     * pressed.
     */
    String button(String label) {
      return inputs(html).stream()
          .filter(i -> "submit".equals(i.get("type")) && label.equals(i.get("value")))
          .findFirst()
          .map(i -> i.get("name"))
          .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in form " + id));
    }

    /** The fields plus the pressed button, ready to post. */
    Map<String, String> pressing(String label) {
      Map<String, String> fields = fields();
      fields.put(button(label), label);
      return fields;
    }
  }

  private PageForms() {}

  /** Every form of the page, in page order. */
  static List<Form> forms(String page) {
    List<Form> forms = new ArrayList<>();
    Matcher form = FORM.matcher(page);
    while (form.find()) {
      Map<String, String> attributes = attributes(form.group(1));
      forms.add(
          new Form(attributes.getOrDefault("id", ""), attributes.get("action"), form.group(2)));
    }
    return forms;
  }

  /**
   * The form whose id is {@code id}, or ends with ":" + {@code id} (forms inside repeated rows).
   */
  static Form form(String page, String id) {
    return forms(page).stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no form " + id + " on the page: " + AuthorizationMatrixIT.messages(page)));
  }

  /** The forms of repeated rows whose id ends with ":" + {@code id}, in page order. */
  static List<Form> rows(String page, String id) {
    return forms(page).stream().filter(f -> f.id().endsWith(":" + id)).toList();
  }

  /**
   * The text between the first opening tag matching {@code tagPattern} and its closing tag, tags
   * removed and decoded.
   */
  static String text(String page, String tagPattern) {
    Matcher element =
        Pattern.compile("<(" + tagPattern + ")\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(page);
    if (!element.find()) {
      throw new AssertionError("no <" + tagPattern + "> on the page");
    }
    return decode(element.group(2).replaceAll("<[^>]+>", ""));
  }

  /** Every character reference decoded, as a browser shows the text. */
  static String decode(String html) {
    Matcher reference = REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String character =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default ->
                Character.toString(
                    name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
          };
      reference.appendReplacement(out, Matcher.quoteReplacement(character));
    }
    reference.appendTail(out);
    return out.toString();
  }

  private static List<Map<String, String>> inputs(String html) {
    List<Map<String, String>> inputs = new ArrayList<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      inputs.add(attributes(input.group()));
    }
    return inputs;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), decode(attribute.group(2)));
    }
    return attributes;
  }
}
