package org.hearth.application.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a title into the slug part of a file or folder name: "Safety first!" becomes safety-first.
 */
public final class Slugs {

  private Slugs() {}

  public static String of(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "untitled" : slug;
  }

  /** {@code of(title)}, with -2, -3… added until it is not one of {@code taken}. */
  public static String unique(String title, Set<String> taken) {
    String base = of(title);
    String slug = base;
    for (int n = 2; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
