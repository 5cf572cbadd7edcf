package org.hearth.infrastructure.markdown;

import java.util.Locale;

/**
 * Tells addresses on another site (with a scheme such as https:, or starting with //) from Hearth's
 * own.
 */
public final class ExternalAddress {

  private ExternalAddress() {}

  /** Whether a browser following {@code address} from a Hearth page would contact another host. */
  public static boolean isExternal(String address) {
    if (address == null) {
      return false;
    }
    String trimmed = address.strip().toLowerCase(Locale.ROOT).replace('\\', '/');
    return trimmed.startsWith("//")
        || trimmed.startsWith("http:")
        || trimmed.startsWith("https:")
        || trimmed.startsWith("ftp:");
  }
}
