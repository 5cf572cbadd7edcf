package org.hearth.infrastructure.health;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Recognises the container's and EclipseLink's log records that say a database connection could not
 * be made or was lost, whichever logger wrote them: by the pool's message keys, or by a cause in
 * the thrown chain (or, for EclipseLink, which puts the exception in the message) that says so.
 */
final class ConnectionFailures {

  private static final Set<String> POOL_KEYS =
      Set.of(
          "poolmgr.create_resource_error",
          "poolmgr.system_exception",
          "poolmgr.get_connection_failure",
          "jdbc.exc_get_conn");
  private static final Set<String> CAUSES =
      Set.of(
          "CommunicationsException",
          "ConnectException",
          "SQLNonTransientConnectionException",
          "SQLTransientConnectionException",
          "Communications link failure",
          "Connection refused",
          "Socket fail to connect");

  private ConnectionFailures() {}

  static boolean isOne(LogRecord record) {
    if (record.getLevel().intValue() < Level.WARNING.intValue()) {
      return false;
    }
    String message = record.getMessage() == null ? "" : record.getMessage();
    if (POOL_KEYS.stream().anyMatch(message::startsWith)) {
      return true;
    }
    return mentionsCause(message) || chainMentionsCause(record.getThrown());
  }

  /** A few words on why: the innermost cause's message, first line only. */
  static String cause(LogRecord record) {
    Throwable innermost = record.getThrown();
    while (innermost != null && innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String text =
        innermost != null && innermost.getMessage() != null
            ? innermost.getMessage()
            : record.getMessage() == null ? "no reason given" : record.getMessage();
    String firstLine = text.strip().lines().findFirst().orElse("no reason given");
    return firstLine.length() > 160 ? firstLine.substring(0, 160) + "…" : firstLine;
  }

  private static boolean chainMentionsCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (mentionsCause(t.getClass().getName())
          || (t.getMessage() != null && mentionsCause(t.getMessage()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsCause(String text) {
    return CAUSES.stream().anyMatch(text::contains);
  }
}
