package org.hearth.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hearth's own connection pool. Values come from MicroProfile Config, so the environment
 * (HEARTH_DB_URL, HEARTH_DB_USER, HEARTH_DB_PASSWORD) chooses H2 or MySQL without a rebuild; the
 * defaults in microprofile-config.properties give the embedded H2 file database.
 *
 * <p>Validation is on, so connections broken by a database restart are dropped and replaced by the
 * pool instead of failing requests until someone flushes it. A connection is checked at most every
 * five seconds (checking on every borrow cost more than the rest of a lesson view), and the first
 * broken one found empties the whole pool.
 *
 * <p>Every connection of the pool is opened with the same user, so the pool hands out any free one
 * instead of matching it against the caller's credentials: matching locks one shared JAAS subject
 * per borrow, which made concurrent requests queue behind each other.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = HearthDataSourceDefinition.JNDI_NAME,
    className = "org.hearth.infrastructure.persistence.RoutingDataSource",
    url = "${MPCONFIG=hearth.db.url}",
    user = "${MPCONFIG=hearth.db.user}",
    password = "${MPCONFIG=hearth.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.connection-creation-retry-attempts=3",
      "fish.payara.connection-creation-retry-interval-in-seconds=2",
      "fish.payara.match-connections=false"
    })
public class HearthDataSourceDefinition {

  public static final String JNDI_NAME = "java:app/jdbc/hearth";
}
