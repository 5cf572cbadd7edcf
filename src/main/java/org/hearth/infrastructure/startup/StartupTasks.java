package org.hearth.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.application.content.ContentImportService;
import org.hearth.infrastructure.persistence.ClusterLock;
import org.hearth.infrastructure.persistence.DatabaseMigration;

/**
 * At start-up: migrate the schema, import the content folder, set up the first accounts. Nodes of a
 * cluster started together take turns for the import and the accounts (Flyway keeps its own lock
 * for the migration), so the second finds the work done rather than racing the first.
 */
@ApplicationScoped
public class StartupTasks {

  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Inject DatabaseMigration migration;
  @Inject ContentImportService importer;
  @Inject AccountBootstrap accounts;
  @Inject ClusterLock clusterLock;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migration.migrate();
    try (ClusterLock.Held turn = clusterLock.hold("start-up", Duration.ofMinutes(10))) {
      try {
        importer.importAll();
      } catch (RuntimeException e) {
        // The site still starts; the report page and the log say what went wrong.
        LOG.log(Level.SEVERE, "Content import at start-up failed", e);
      }
      accounts.run();
    }
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }
}
