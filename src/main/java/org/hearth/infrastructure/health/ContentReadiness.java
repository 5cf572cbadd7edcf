package org.hearth.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hearth.infrastructure.persistence.HearthDataSourceDefinition;
import org.hearth.infrastructure.startup.StartupTasks;

/**
 * Ready when start-up has run and the database answers; a load balancer routes on this. The
 * database is asked on another thread and given 2 seconds: while it is unreachable, getting a
 * connection waits far longer than any probe, and a probe that times out learns nothing. Only one
 * question is out at a time, so probes during an outage do not pile threads up.
 */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

  private static final long ANSWER_WITHIN_MILLIS = 2_000;

  @Inject StartupTasks startup;

  @Resource(lookup = HearthDataSourceDefinition.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor executor;

  private CompletableFuture<Boolean> asking;

  @Override
  public HealthCheckResponse call() {
    String database = database();
    boolean up = "up".equals(database);
    return HealthCheckResponse.named("hearth-database-and-content")
        .status(up && startup.isReady())
        .withData("database", database)
        .withData("content", startup.isReady() ? "imported" : "starting")
        .build();
  }

  /** "up", "down", or "not answering within 2 s". */
  String database() {
    try {
      return question().get(ANSWER_WITHIN_MILLIS, TimeUnit.MILLISECONDS) ? "up" : "down";
    } catch (TimeoutException e) {
      return "not answering within 2 s";
    } catch (ExecutionException e) {
      return "down";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "down";
    }
  }

  /** The question already out, or a new one. */
  private synchronized CompletableFuture<Boolean> question() {
    if (asking == null || asking.isDone()) {
      asking = CompletableFuture.supplyAsync(this::answers, executor);
    }
    return asking;
  }

  private boolean answers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
