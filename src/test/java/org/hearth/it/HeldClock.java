package org.hearth.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock, for a test deployment that adds this class: it runs with the system
 * clock until a test holds it at an instant, and then moves only when the test moves it. Timing
 * rules (sign-in waits) are tested by moving the clock, not by sleeping or by hoping the machine is
 * fast enough.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class HeldClock {

  private volatile Instant held;

  /** Stops the clock at {@code instant}. */
  public void holdAt(Instant instant) {
    held = instant;
  }

  /** Moves a held clock forward. */
  public void advance(Duration duration) {
    held = held.plus(duration);
  }

  /** Lets the clock run with the system's again. */
  public void release() {
    held = null;
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
      }

      @Override
      public Instant instant() {
        Instant now = held;
        return now != null ? now : Instant.now();
      }
    };
  }
}
