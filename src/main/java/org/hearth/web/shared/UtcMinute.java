package org.hearth.web.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages write a moment (a quiz attempt, a published version): to the minute, in UTC, in
 * English, so every history on the site reads the same way and names its zone.
 */
public final class UtcMinute {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private UtcMinute() {}

  /** "3 Dec 2026, 18:41 UTC"; nothing for no moment. */
  public static String format(Instant at) {
    return at == null ? "" : FORMAT.format(at);
  }
}
