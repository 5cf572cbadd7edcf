package org.hearth.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LONGEST = Duration.ofMinutes(1);
  private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

  /** An attacker who waits out every pause and fails again at once: the waits it leaves behind. */
  private static List<Long> waitsAfterPatientAttacker(int tries) {
    SignInThrottle throttle = new SignInThrottle("a:key", START);
    List<Long> waits = new ArrayList<>();
    Instant now = START;
    for (int i = 0; i < tries; i++) {
      now = throttle.lockedAt(now).orElse(now);
      throttle.recordFailure(now, 5, WINDOW, LONGEST);
      Instant at = now;
      waits.add(
          throttle.lockedAt(now).map(until -> Duration.between(at, until).toSeconds()).orElse(0L));
    }
    return waits;
  }

  @Test
  void fourFailuresCostNothingThenEachWaitDoublesUpToAMinute() {
    assertEquals(
        List.of(0L, 0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
        waitsAfterPatientAttacker(13));
  }

  @Test
  void theRightPasswordIsNeverKeptOutForMoreThanAMinuteHoweverLongTheAttack() {
    assertTrue(waitsAfterPatientAttacker(2_000).stream().allMatch(wait -> wait <= 60));
  }

  @Test
  void aQuietQuarterOfAnHourForgetsTheFailures() {
    SignInThrottle throttle = new SignInThrottle("a:key", START);
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure(START, 5, WINDOW, LONGEST);
    }
    Instant later = START.plus(WINDOW).plusSeconds(1);
    assertEquals(Optional.empty(), throttle.lockedAt(later));
    throttle.recordFailure(later, 5, WINDOW, LONGEST);
    assertEquals(
        Optional.empty(),
        throttle.lockedAt(later),
        "one failure after a quiet window is the first again");
  }
}
