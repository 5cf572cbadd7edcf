package org.hearth.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 at PBKDF2WithHmacSHA512 and 210,000 iterations
 * (OWASP's 2023 advice), far above the API's default of 2,048.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** At most about one hash per core at a time (see {@link HashingSlots}). */
  HashingSlots slots = HashingSlots.perCore();

  /**
   * A valid hash of a random password, checked when an email is unknown so timing reveals nothing.
   */
  private volatile String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "64"));
  }

  /**
   * @throws AccountProblem when Hearth is too busy hashing to take another one within seconds
   */
  public String hash(String password) {
    return slots.run(() -> pbkdf2.generate(password.toCharArray()));
  }

  /**
   * @throws AccountProblem when Hearth is too busy hashing to take another one within seconds
   */
  public boolean matches(String password, String hash) {
    return slots.run(() -> pbkdf2.verify(password.toCharArray(), hash));
  }

  /** Spends the same time as a real check, for an email with no account. */
  public void burnTime(String password) {
    if (decoy == null) {
      decoy = hash(java.util.UUID.randomUUID().toString()); // made on first need, not at start-up
    }
    matches(password, decoy);
  }
}
