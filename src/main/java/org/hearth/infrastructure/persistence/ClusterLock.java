package org.hearth.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A lock that every node sharing the database respects: a row of {@code cluster_lock} held with
 * {@code SELECT … FOR UPDATE} in a transaction of its own, on a connection kept for the purpose. If
 * the holding node dies, the database ends its connection and the lock is free again.
 */
@ApplicationScoped
public class ClusterLock {

  private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

  @Resource(lookup = HearthDataSourceDefinition.JNDI_NAME)
  DataSource dataSource;

  /** Work done while the lock is held; closing it lets the next node go on. */
  public static final class Held implements AutoCloseable {
    private final Connection connection;

    private Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (connection) {
        connection.rollback();
      } catch (SQLException e) {
        LOG.warning(() -> "Releasing a cluster lock: " + e.getMessage());
      }
    }
  }

  /**
   * Waits (up to {@code patience}) until no other node holds the lock {@code name}, then holds it.
   *
   * @throws IllegalStateException when the lock stays taken for longer than {@code patience}, or
   *     the database cannot be asked
   */
  public Held hold(String name, Duration patience) {
    Instant giveUp = Instant.now().plus(patience);
    try {
      Connection connection = dataSource.getConnection();
      try {
        connection.setAutoCommit(false);
        while (!tryLock(connection, name)) {
          if (Instant.now().isAfter(giveUp)) {
            throw new IllegalStateException(
                "Another node held the cluster lock \""
                    + name
                    + "\" for more than "
                    + patience.toSeconds()
                    + " s");
          }
          LOG.info(() -> "Waiting for another node to finish \"" + name + "\"");
        }
        return new Held(connection);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The cluster lock \"" + name + "\" could not be taken: " + e.getMessage(), e);
    }
  }

  /**
   * True once the row is locked; false when the database gave up waiting for it (lock wait
   * timeout).
   */
  private static boolean tryLock(Connection connection, String name) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE")) {
      select.setString(1, name);
      try (var rows = select.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("No cluster lock is called \"" + name + "\"");
        }
        return true;
      }
    } catch (SQLException e) {
      if (isLockTimeout(e)) {
        connection.rollback();
        return false;
      }
      throw e;
    }
  }

  /** MySQL and MariaDB say 1205 when a lock wait times out; H2 says 50200. */
  private static boolean isLockTimeout(SQLException e) {
    return e.getErrorCode() == 1205 || e.getErrorCode() == 50200;
  }
}
