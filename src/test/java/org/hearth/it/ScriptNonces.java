package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the Content-Security-Policy nonce of a page, from its header and its script elements. */
final class ScriptNonces {

  private static final Pattern ATTRIBUTE = Pattern.compile("nonce=\"([^\"]*)\"");
  private static final Pattern IN_POLICY = Pattern.compile("script-src 'self' 'nonce-([^']+)'");

  private ScriptNonces() {}

  /** The page with every nonce blanked, to compare pages that differ only by their nonce. */
  static String normalised(String html) {
    return ATTRIBUTE.matcher(html).replaceAll("nonce=\"\"");
  }

  /**
   * Checks that every script element of the page carries the nonce its policy allows, and returns
   * that nonce.
   */
  static String checked(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher allowed = IN_POLICY.matcher(policy);
    assertTrue(allowed.find(), "the policy allows scripts by nonce: " + policy);
    String nonce = allowed.group(1);
    Set<String> onScripts =
        ATTRIBUTE.matcher(page.body()).results().map(m -> m.group(1)).collect(Collectors.toSet());
    assertEquals(Set.of(nonce), onScripts, "every script element carries the header's nonce");
    long scripts = Pattern.compile("<script\\b").matcher(page.body()).results().count();
    long marked = Pattern.compile("<script nonce=\"").matcher(page.body()).results().count();
    assertEquals(scripts, marked, "no script element goes without the nonce");
    assertFalse(nonce.isBlank());
    return nonce;
  }
}
