package org.hearth.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hearth.infrastructure.persistence.HearthDataSourceDefinition;
import org.hearth.infrastructure.startup.StartupTasks;

/** Ready when start-up has run and the database answers; a load balancer routes on this. */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

  @Inject StartupTasks startup;

  @Resource(lookup = HearthDataSourceDefinition.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.isValid(2);
    } catch (SQLException e) {
      database = false;
    }
    return HealthCheckResponse.named("hearth-database-and-content")
        .status(database && startup.isReady())
        .withData("database", database ? "up" : "down")
        .withData("content", startup.isReady() ? "imported" : "starting")
        .build();
  }
}
