package org.hearth.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins for one key (a hash of an email, or of a client address). A few failures cost
 * nothing; after that each failure makes the next try wait, twice as long each time, but never
 * longer than a short cap, so someone who knows a learner's email can slow guesses down to one a
 * minute but can never lock the learner out for longer than that (OWASP ASVS 2.2.1: increasing
 * delays rather than lockouts). Tries during a wait are refused without counting. A quiet window
 * with no failure forgets the count. Kept in the database so every node agrees.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

  @Id
  @Column(name = "throttle_key", length = 100)
  private String key;

  @Version private long version;

  @Column(nullable = false)
  private int failures;

  /** The last failure (the column's old name: it once started a fixed window). */
  @Column(name = "window_start", nullable = false)
  private Instant lastFailure;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String key, Instant now) {
    this.key = Objects.requireNonNull(key, "key");
    this.lastFailure = now;
  }

  /** When sign-in for this key may be tried again, if it is paused now. */
  public Optional<Instant> lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /**
   * Counts a failure. Once more than {@code free} failures have come with no quiet {@code window}
   * between them, the next try waits 1 second, then 2, 4, 8… up to {@code longest}.
   */
  public void recordFailure(Instant now, int free, Duration window, Duration longest) {
    if (now.isAfter(lastFailure.plus(window))) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    if (failures >= free) {
      int doublings = Math.min(30, failures - free);
      lockedUntil = now.plus(Duration.ofSeconds(Math.min(longest.toSeconds(), 1L << doublings)));
    }
  }

  public String getKey() {
    return key;
  }
}
