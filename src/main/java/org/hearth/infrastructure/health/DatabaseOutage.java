package org.hearth.infrastructure.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What the log says about a database outage: one line when it starts, one when the database answers
 * again, and nothing in between. While the database is unreachable, the connection pool, the
 * transaction manager and EclipseLink each log a warning with a full stack trace for every request
 * that needed a connection (95 KB for a 10-second outage under 50 learners); those are counted and
 * held back instead.
 */
final class DatabaseOutage {

  private Instant since;
  private long heldBack;

  /**
   * Whether {@code record} should be logged as it is. The first connection failure of an outage is
   * replaced by {@link #startLine}; later ones are held back until the outage ends.
   *
   * @return the line to log instead, empty when the record is not about the outage or is held back
   */
  synchronized Decision consider(LogRecord record, Instant now) {
    if (!ConnectionFailures.isOne(record)) {
      return Decision.LOG;
    }
    if (since == null) {
      since = now;
      heldBack = 0;
      return Decision.START;
    }
    heldBack++;
    return Decision.HOLD_BACK;
  }

  /** What to do with a log record. */
  enum Decision {
    LOG,
    START,
    HOLD_BACK
  }

  synchronized boolean ongoing() {
    return since != null;
  }

  /** The line for the outage's start, naming the first failure's cause in a few words. */
  static String startLine(LogRecord record) {
    return "The database is not answering ("
        + ConnectionFailures.cause(record)
        + "). Requests that need it fail until it is back; connection errors are not logged again"
        + " until then.";
  }

  /** After a check that found the database answering: the line that ends the outage, once. */
  synchronized Optional<String> answered(Instant now) {
    if (since == null) {
      return Optional.empty();
    }
    Duration lasted = Duration.between(since, now);
    String line =
        "The database answers again, after "
            + lasted.toSeconds()
            + " s; "
            + heldBack
            + " connection errors were not logged meanwhile.";
    since = null;
    return Optional.of(line);
  }

  static Level level() {
    return Level.WARNING;
  }
}
