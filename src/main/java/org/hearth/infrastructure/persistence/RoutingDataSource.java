package org.hearth.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver's own {@link DataSource}, chosen by the JDBC URL, so one WAR runs on H2 or MySQL (and
 * MariaDB) with only the URL changed. Payara's pool wraps it and sets url, user and password.
 *
 * <p>Payara resolves the data source's MicroProfile Config placeholders before the WAR's own
 * defaults are visible, so an unset HEARTH_DB_URL arrives here empty (or as the raw placeholder):
 * that means the embedded H2 database under ./data, with user "sa".
 */
public class RoutingDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile DataSource target;
  private PrintWriter logWriter;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
    this.target = null;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
    this.target = null;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
    this.target = null;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return target().getConnection(username, pass);
  }

  private DataSource target() throws SQLException {
    DataSource current = target;
    if (current == null) {
      current = create();
      target = current;
    }
    return current;
  }

  /** The embedded database used when HEARTH_DB_URL is not set. */
  public static final String EMBEDDED_URL = "jdbc:h2:file:./data/hearth";

  private static boolean unset(String value) {
    return value == null || value.isBlank() || value.startsWith("${");
  }

  private DataSource create() throws SQLException {
    boolean embedded = unset(url);
    String url = embedded ? EMBEDDED_URL : this.url;
    String user = unset(this.user) ? (embedded ? "sa" : "") : this.user;
    String pass = unset(password) ? "" : password;
    if (url.startsWith("jdbc:h2:")) {
      org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user == null ? "" : user);
      h2.setPassword(pass);
      return h2;
    }
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
      mysql.setURL(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
      mysql.setUser(user);
      mysql.setPassword(pass);
      // utf8mb4 on the wire whatever the server's default, so emoji reach the utf8mb4 tables
      // intact.
      mysql.setCharacterEncoding("UTF-8");
      return mysql;
    }
    throw new SQLException(
        "HEARTH_DB_URL must start with jdbc:h2:, jdbc:mysql: or jdbc:mariadb:, but it starts with "
            + url.substring(0, Math.min(url.length(), 12)));
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
