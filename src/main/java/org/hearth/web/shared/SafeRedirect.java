package org.hearth.web.shared;

/** Where to send someone after signing in: only paths on this site, never another host. */
public final class SafeRedirect {

  private SafeRedirect() {}

  public static String target(String next, String fallback) {
    if (next == null
        || next.isEmpty()
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("\r")
        || next.contains("\n")
        || next.startsWith("/signin")) {
      return fallback;
    }
    return next;
  }
}
