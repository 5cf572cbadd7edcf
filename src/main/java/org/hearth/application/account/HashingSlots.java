package org.hearth.application.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded number of password hashes at a time: half the cores, at least one. PBKDF2 at 210,000
 * iterations keeps a core busy for a fraction of a second; two hundred people registering at once
 * would otherwise take every core from everyone reading a lesson (with one slot per core, lesson
 * views' p99 reached 670 ms during 200 registrations on 2 cores; the other half keeps readers
 * calm). Waiters are served in arrival order, and one who would wait longer than the bound is told
 * Hearth is busy, with nothing changed.
 */
final class HashingSlots {

  static final String BUSY =
      "Hearth is very busy right now. Please try again in a few seconds; nothing was changed.";

  private final Semaphore slots;
  private final Duration longestWait;

  HashingSlots(int slots, Duration longestWait) {
    this.slots = new Semaphore(Math.max(1, slots), true);
    this.longestWait = longestWait;
  }

  /** A slot for every other core the JVM may use, and at most ten seconds in the queue. */
  static HashingSlots perCore() {
    return new HashingSlots(Runtime.getRuntime().availableProcessors() / 2, Duration.ofSeconds(10));
  }

  /**
   * Runs {@code hashing} in a slot.
   *
   * @throws AccountProblem when no slot came free within the bound
   */
  <T> T run(Supplier<T> hashing) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new HashingBusy(BUSY);
    }
    try {
      return hashing.get();
    } finally {
      slots.release();
    }
  }
}
