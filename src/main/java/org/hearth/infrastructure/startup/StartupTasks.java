package org.hearth.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.application.content.ContentImportService;
import org.hearth.infrastructure.persistence.DatabaseMigration;

/** At start-up: migrate the schema, import the content folder, set up the first accounts. */
@ApplicationScoped
public class StartupTasks {

  private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

  @Inject DatabaseMigration migration;
  @Inject ContentImportService importer;
  @Inject AccountBootstrap accounts;

  private volatile boolean ready;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    migration.migrate();
    try {
      importer.importAll();
    } catch (RuntimeException e) {
      // The site still starts; the report page and the log say what went wrong.
      LOG.log(Level.SEVERE, "Content import at start-up failed", e);
    }
    accounts.run();
    ready = true;
  }

  public boolean isReady() {
    return ready;
  }
}
