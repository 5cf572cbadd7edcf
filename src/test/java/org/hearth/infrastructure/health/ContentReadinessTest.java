package org.hearth.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentReadinessTest {

  private final CountDownLatch databaseBack = new CountDownLatch(1);
  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    databaseBack.countDown();
    executor.shutdownNow();
  }

  /** A database that does not answer: getting a connection waits until the test lets it go. */
  private final class Unreachable implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      try {
        databaseBack.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new SQLException("Communications link failure");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void anUnreachableDatabaseIsReportedDownInsteadOfHangingTheProbe() {
    ContentReadiness readiness = new ContentReadiness();
    readiness.dataSource = new Unreachable();
    readiness.executor = executor;

    assertEquals("not answering within 2 s", readiness.database());
    assertEquals(
        "not answering within 2 s",
        readiness.database(),
        "a second probe during the outage is answered too");

    databaseBack.countDown();
    assertEquals("down", readiness.database(), "once the question is answered, the answer counts");
  }
}
