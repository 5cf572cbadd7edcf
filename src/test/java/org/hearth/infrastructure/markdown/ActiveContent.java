package org.hearth.infrastructure.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in an HTML fragment a browser could run: dangerous elements, event-handler and style
 * attributes, and script-like URLs, however their attribute values are entity-encoded or split with
 * tabs and newlines.
 *
 * <p>Escaped text is inert, so it is left alone: a lesson may well say "&amp;lt;script&amp;gt;" or
 * "javascript:" in a sentence. Everything between a real "&lt;" and "&gt;" is checked: tag and
 * attribute names as written, and attribute values after decoding entities (repeatedly, to be
 * stricter than a browser), lower-casing and dropping the control characters and spaces browsers
 * ignore inside URLs.
 *
 * <p>This covers the whole list the platform promises never to emit: {@code <script}, {@code
 * javascript:}, {@code vbscript:}, {@code data:text}, {@code on…=} event handlers, {@code <iframe},
 * {@code <object}, {@code <embed}, {@code <svg}, {@code <math}, {@code <style}, {@code style=},
 * {@code <form}, {@code <meta}, {@code <base} and {@code srcdoc}, and a few more.
 */
final class ActiveContent {

  /**
   * Substrings that must never appear in the output as written, because only tags start with "<".
   */
  static final List<String> FORBIDDEN_RAW =
      List.of(
          "<script",
          "<iframe",
          "<frame",
          "<object",
          "<embed",
          "<applet",
          "<svg",
          "<math",
          "<style",
          "<form",
          "<meta",
          "<base",
          "<link",
          "<button",
          "<textarea",
          "<select",
          "<video",
          "<audio",
          "<source",
          "<noscript",
          "<template",
          "<marquee",
          "<body",
          "<html",
          "<xmp",
          "<plaintext");

  /** Substrings that must never appear in a tag once its attribute values are blanked out. */
  private static final List<String> FORBIDDEN_IN_TAG =
      List.of("style=", "srcdoc", "formaction", "xlink:", "xmlns");

  /**
   * " onclick=", and also after a quote, slash or backtick, which browsers accept as separators.
   */
  private static final Pattern EVENT_HANDLER = Pattern.compile("[\\s\"'/`]on[a-z]+\\s*=");

  /** Substrings that must never appear in an attribute value a browser may treat as an address. */
  private static final List<String> FORBIDDEN_IN_VALUE =
      List.of("javascript:", "vbscript:", "livescript:", "data:text", "data:", "<script");

  /** Attributes whose value is only ever shown as text. */
  private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "id");

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z][a-zA-Z0-9:-]*)");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s\"'=<>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([a-zA-Z]+);?");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("colon", ":"),
          Map.entry("tab", "\t"),
          Map.entry("newline", "\n"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("lpar", "("),
          Map.entry("rpar", ")"),
          Map.entry("sol", "/"),
          Map.entry("period", "."),
          Map.entry("equals", "="),
          Map.entry("num", "#"),
          Map.entry("semi", ";"));

  private ActiveContent() {}

  /** Every piece of active content found, described; empty when the HTML is inert. */
  static List<String> in(String html) {
    List<String> found = new ArrayList<>();
    String lower = html.toLowerCase(Locale.ROOT);
    for (String forbidden : FORBIDDEN_RAW) {
      if (lower.contains(forbidden)) {
        found.add("contains " + forbidden);
      }
    }
    Matcher tags = TAG.matcher(html);
    while (tags.find()) {
      checkTag(tags.group(), found);
    }
    return found;
  }

  private static void checkTag(String tag, List<String> found) {
    Matcher name = TAG_NAME.matcher(tag);
    if (!name.find()) {
      if (!tag.startsWith("<!") && !tag.startsWith("<?")) {
        return;
      }
      found.add("a comment, CDATA or processing instruction survived: " + tag);
      return;
    }
    String structure = QUOTED.matcher(tag).replaceAll("\"\"").toLowerCase(Locale.ROOT);
    if (EVENT_HANDLER.matcher(structure).find()) {
      found.add("event handler in " + tag);
    }
    for (String forbidden : FORBIDDEN_IN_TAG) {
      if (structure.contains(forbidden)) {
        found.add(forbidden + " in " + tag);
      }
    }
    Matcher attributes = ATTRIBUTE.matcher(tag.substring(name.end()));
    while (attributes.find()) {
      String attribute = attributes.group(1).toLowerCase(Locale.ROOT);
      String value = firstNonNull(attributes.group(2), attributes.group(3), attributes.group(4));
      if (value == null || TEXT_ATTRIBUTES.contains(attribute)) {
        continue;
      }
      String decoded = compact(decode(value));
      for (String forbidden : FORBIDDEN_IN_VALUE) {
        if (decoded.contains(forbidden)) {
          found.add(forbidden + " in the " + attribute + " of " + tag);
        }
      }
    }
  }

  /** Decodes character references until nothing changes (at most a few rounds). */
  static String decode(String text) {
    String current = text;
    for (int round = 0; round < 4; round++) {
      String next = decodeOnce(current);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private static String decodeOnce(String text) {
    Matcher numeric = NUMERIC_ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (numeric.find()) {
      int codePoint;
      try {
        codePoint =
            numeric.group(1) != null
                ? Integer.parseInt(numeric.group(1), 16)
                : Integer.parseInt(numeric.group(2));
      } catch (NumberFormatException e) {
        codePoint = 0xFFFD;
      }
      String replacement =
          Character.isValidCodePoint(codePoint)
              ? new String(Character.toChars(codePoint))
              : "\uFFFD";
      numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    numeric.appendTail(out);
    Matcher named = NAMED_ENTITY.matcher(out.toString());
    StringBuilder result = new StringBuilder();
    while (named.find()) {
      String replacement = NAMED.get(named.group(1).toLowerCase(Locale.ROOT));
      named.appendReplacement(
          result, Matcher.quoteReplacement(replacement == null ? named.group() : replacement));
    }
    named.appendTail(result);
    return result.toString();
  }

  /**
   * Lower-cases and drops what browsers skip inside a URL: C0 controls, spaces, no-break spaces.
   */
  private static String compact(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[\\x00-\\x20\\x7f\\u00a0\\u200b\\ufeff]", "");
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
