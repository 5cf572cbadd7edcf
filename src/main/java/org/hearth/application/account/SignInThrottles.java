package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.hearth.domain.account.SignInThrottle;

/**
 * Counts failed sign-ins per account email and per client address, each in its own short
 * transaction so a count is never lost with the request that failed. Keys are SHA-256 hashes: the
 * table never holds an email or an address.
 */
@ApplicationScoped
public class SignInThrottles {

  /**
   * Failures before the waits begin: per account, and per client address (a shelter's Wi-Fi is many
   * people).
   */
  static final int ACCOUNT_LIMIT = 5;

  static final int ADDRESS_LIMIT = 20;

  /** A quiet quarter of an hour forgets the failures. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** The longest wait: the right password is never refused for longer than this. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public static String accountKey(String normalisedEmail) {
    return "a:" + sha256(normalisedEmail);
  }

  public static String addressKey(String address) {
    return "c:" + sha256(address == null ? "" : address);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Instant> lockedUntil(String key, Instant now) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key);
    return throttle == null ? Optional.empty() : throttle.lockedAt(now);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(String key, int limit, Instant now) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key);
    if (throttle == null) {
      throttle = new SignInThrottle(key, now);
      em.persist(throttle);
    }
    throttle.recordFailure(now, limit, WINDOW, LONGEST_WAIT);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void clear(String key) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key);
    if (throttle != null) {
      em.remove(throttle);
    }
  }

  /**
   * Removes a key's record inside the caller's transaction, e.g. with the account it belongs to.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void clearWithin(String key) {
    SignInThrottle throttle = em.find(SignInThrottle.class, key);
    if (throttle != null) {
      em.remove(throttle);
    }
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
