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
 * Failed sign-ins for one key (a hash of an email, or of a client address) within a window. After
 * too many, sign-in for that key pauses for a while. Kept in the database so every node agrees.
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

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String key, Instant now) {
    this.key = Objects.requireNonNull(key, "key");
    this.windowStart = now;
  }

  /** When sign-in for this key may be tried again, if it is paused now. */
  public Optional<Instant> lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
  }

  /** Counts a failure; after {@code limit} within {@code window}, pauses sign-in for {@code pause}. */
  public void recordFailure(Instant now, int limit, Duration window, Duration pause) {
    if (now.isAfter(windowStart.plus(window))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures >= limit) {
      lockedUntil = now.plus(pause);
      failures = 0;
      windowStart = now;
    }
  }

  public String getKey() {
    return key;
  }
}
