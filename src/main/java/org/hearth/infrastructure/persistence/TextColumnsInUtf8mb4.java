package org.hearth.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 6: on MySQL and MariaDB, every table stores text as utf8mb4, so emoji and every other
 * character outside the Basic Multilingual Plane survive. A database created with another default
 * (latin1, or MySQL's three-byte "utf8") would otherwise refuse or mangle them. Tables already in
 * utf8mb4 are left alone, so on a database created as the README says this changes nothing. H2
 * stores Java strings as they are and needs nothing.
 */
public class TextColumnsInUtf8mb4 implements JavaMigration {

  private static final Logger LOG = Logger.getLogger(TextColumnsInUtf8mb4.class.getName());

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6");
  }

  @Override
  public String getDescription() {
    return "text columns in utf8mb4";
  }

  @Override
  public Integer getChecksum() {
    return 6;
  }

  /** MySQL commits each ALTER TABLE by itself; no transaction could make the steps one. */
  @Override
  public boolean canExecuteInTransaction() {
    return false;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (!product.contains("mysql") && !product.contains("mariadb")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER DATABASE CHARACTER SET utf8mb4");
      for (String table : tablesNotInUtf8mb4(statement)) {
        LOG.info(() -> "Converting table " + table + " to utf8mb4");
        statement.execute(
            "ALTER TABLE `" + table.replace("`", "``") + "` CONVERT TO CHARACTER SET utf8mb4");
      }
    }
  }

  private static List<String> tablesNotInUtf8mb4(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT t.TABLE_NAME FROM information_schema.TABLES t JOIN"
                + " information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c ON c.COLLATION_NAME"
                + " = t.TABLE_COLLATION WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE"
                + " TABLE' AND c.CHARACTER_SET_NAME <> 'utf8mb4'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }
}
