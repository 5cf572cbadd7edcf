package org.hearth.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.hearth.infrastructure.health.DatabaseOutage.Decision;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  private static final Instant START = Instant.parse("2026-12-02T19:00:00Z");

  @Test
  void anOutageIsOneLineWhenItStartsAndOneWhenItEndsWithEverythingBetweenHeldBack() {
    DatabaseOutage outage = new DatabaseOutage();
    assertEquals(Decision.START, outage.consider(poolError(), START));
    for (int i = 0; i < 27; i++) {
      assertEquals(Decision.HOLD_BACK, outage.consider(poolError(), START.plusSeconds(i % 10)));
    }
    assertEquals(Decision.HOLD_BACK, outage.consider(eclipseLinkWarning(), START.plusSeconds(3)));
    assertEquals(
        "The database answers again, after 12 s; 28 connection errors were not logged meanwhile.",
        outage.answered(START.plusSeconds(12)).orElseThrow());
    assertTrue(outage.answered(START.plusSeconds(14)).isEmpty(), "the end is said once");
    assertEquals(
        Decision.START,
        outage.consider(poolError(), START.plusSeconds(60)),
        "the next outage is a new one");
  }

  @Test
  void otherWarningsAreLoggedAsTheyAreDuringAnOutageToo() {
    DatabaseOutage outage = new DatabaseOutage();
    LogRecord other =
        new LogRecord(Level.WARNING, "Content problem: courses/x/course.yaml line 3: unknown key");
    assertEquals(Decision.LOG, outage.consider(other, START));
    outage.consider(poolError(), START);
    assertEquals(Decision.LOG, outage.consider(other, START.plusSeconds(1)));
    assertEquals(
        Decision.LOG,
        outage.consider(new LogRecord(Level.INFO, "Connection refused, politely"), START),
        "info is not a failure");
  }

  @Test
  void theStartLineNamesTheCauseInAFewWordsWithoutAStackTrace() {
    LogRecord record = poolError();
    String line = DatabaseOutage.startLine(record);
    assertEquals(
        "The database is not answering (Connection refused). Requests that need it fail until it is"
            + " back; connection errors are not logged again until then.",
        line);
    assertFalse(line.contains("\n"));
  }

  @Test
  void failuresAreRecognisedByThePoolsKeyOrByACauseInTheChain() {
    for (String key :
        new String[] {
          "poolmgr.create_resource_error", "poolmgr.get_connection_failure", "jdbc.exc_get_conn"
        }) {
      assertTrue(ConnectionFailures.isOne(new LogRecord(Level.WARNING, key)), key);
    }
    assertTrue(ConnectionFailures.isOne(eclipseLinkWarning()));
    LogRecord wrapped =
        new LogRecord(Level.WARNING, "enterprise_distributedtx.before_completion_excep");
    wrapped.setThrown(
        new IllegalStateException(
            "commit failed", new SQLException("x", new ConnectException("Connection refused"))));
    assertTrue(ConnectionFailures.isOne(wrapped));
    LogRecord conflict =
        new LogRecord(Level.WARNING, "enterprise_distributedtx.before_completion_excep");
    conflict.setThrown(
        new IllegalStateException("OptimisticLockException: changed since it was last read"));
    assertFalse(ConnectionFailures.isOne(conflict), "an edit conflict is not an outage");
  }

  private static LogRecord poolError() {
    LogRecord record = new LogRecord(Level.WARNING, "poolmgr.create_resource_error");
    record.setThrown(
        new RuntimeException(
            "Connection could not be allocated", new ConnectException("Connection refused")));
    return record;
  }

  private static LogRecord eclipseLinkWarning() {
    return new LogRecord(
        Level.WARNING,
        "\n"
            + "Local Exception Stack: \n"
            + "Exception [EclipseLink-4002]: DatabaseException\n"
            + "Internal Exception: com.mysql.cj.jdbc.exceptions.CommunicationsException:"
            + " Communications link failure");
  }
}
