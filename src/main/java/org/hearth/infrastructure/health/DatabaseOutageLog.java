package org.hearth.infrastructure.health;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hearth.infrastructure.persistence.HearthDataSourceDefinition;

/**
 * Keeps the server's log to one line per database outage ({@link DatabaseOutage}): a filter on the
 * log's handlers holds back connection failures from every logger while the database is
 * unreachable, and a check every two seconds, only during an outage, notices when it answers again.
 */
@ApplicationScoped
public class DatabaseOutageLog {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageLog.class.getName());

  @Resource(lookup = HearthDataSourceDefinition.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private final DatabaseOutage outage = new DatabaseOutage();
  private final List<Handler> filtered = new ArrayList<>();
  private final List<Filter> previous = new ArrayList<>();
  private ScheduledFuture<?> watch;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
      Filter before = handler.getFilter();
      handler.setFilter(
          record -> (before == null || before.isLoggable(record)) && isLoggable(record));
      filtered.add(handler);
      previous.add(before);
    }
  }

  @PreDestroy
  void stop() {
    for (int i = 0; i < filtered.size(); i++) {
      filtered.get(i).setFilter(previous.get(i));
    }
    synchronized (this) {
      if (watch != null) {
        watch.cancel(false);
      }
    }
  }

  private boolean isLoggable(java.util.logging.LogRecord record) {
    if (LOG.getName().equals(record.getLoggerName())) {
      return true;
    }
    switch (outage.consider(record, Instant.now())) {
      case START -> {
        LOG.log(DatabaseOutage.level(), DatabaseOutage.startLine(record));
        watchUntilBack();
        return false;
      }
      case HOLD_BACK -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  private synchronized void watchUntilBack() {
    if (watch == null || watch.isDone()) {
      watch = scheduler.scheduleWithFixedDelay(this::check, 2, 2, TimeUnit.SECONDS);
    }
  }

  private void check() {
    if (!answers()) {
      return;
    }
    outage.answered(Instant.now()).ifPresent(LOG::warning);
    synchronized (this) {
      if (watch != null && !outage.ongoing()) {
        watch.cancel(false);
      }
    }
  }

  private boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
