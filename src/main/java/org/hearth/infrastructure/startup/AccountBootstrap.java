package org.hearth.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.application.account.AccountService;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.Role;
import org.hearth.infrastructure.persistence.HearthDataSourceDefinition;

/**
 * Accounts that exist from the start: the operator's administrator (HEARTH_ADMIN_EMAIL and
 * HEARTH_ADMIN_PASSWORD), and, on the embedded H2 database only, a demo learner and a demo
 * instructor whose sign-in details are printed in the log so a newcomer can try every role.
 */
@ApplicationScoped
public class AccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
  static final String DEMO_LEARNER = "learner@example.org";
  static final String DEMO_INSTRUCTOR = "instructor@example.org";
  static final String DEMO_LEARNER_PASSWORD = "hearth-demo-learner";
  static final String DEMO_INSTRUCTOR_PASSWORD = "hearth-demo-instructor";

  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "hearth.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "hearth.admin.password")
  Optional<String> adminPassword;

  @Resource(lookup = HearthDataSourceDefinition.JNDI_NAME)
  DataSource dataSource;

  void run() {
    if (adminEmail.isPresent() && adminPassword.isPresent()) {
      if (adminPassword.get().length() < Account.MIN_PASSWORD_LENGTH) {
        LOG.warning(
            "HEARTH_ADMIN_PASSWORD is shorter than "
                + Account.MIN_PASSWORD_LENGTH
                + " characters; no administrator was set up");
      } else {
        Account admin =
            accounts.ensureAccount(
                adminEmail.get(), "Administrator", adminPassword.get(), Role.ADMINISTRATOR, true);
        LOG.info(
            () -> "Administrator account " + admin.getId() + " is ready (from HEARTH_ADMIN_EMAIL)");
      }
    }
    if (embedded()) {
      accounts.ensureAccount(
          DEMO_LEARNER, "Demo learner", DEMO_LEARNER_PASSWORD, Role.LEARNER, false);
      accounts.ensureAccount(
          DEMO_INSTRUCTOR, "Demo instructor", DEMO_INSTRUCTOR_PASSWORD, Role.INSTRUCTOR, false);
      LOG.info(
          "Demo accounts on the embedded database, for trying Hearth out:\n"
              + "  learner:    "
              + DEMO_LEARNER
              + " / "
              + DEMO_LEARNER_PASSWORD
              + "\n"
              + "  instructor: "
              + DEMO_INSTRUCTOR
              + " / "
              + DEMO_INSTRUCTOR_PASSWORD);
    }
  }

  private boolean embedded() {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }
}
