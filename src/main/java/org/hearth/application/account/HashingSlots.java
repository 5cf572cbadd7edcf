package org.hearth.application.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded number of password hashes at a time: half the cores, at least one. PBKDF2 at 210,000
 * iterations keeps a core busy for a fraction of a second; two hundred people registering at once
 * would otherwise take every core from everyone reading a lesson (with one slot per core, lesson
 * views' p99 reached 670 ms during 200 registrations on 2 cores; the other half keeps readers
 * calm). Waiters are served in arrival order, and one who would wait longer than the bound is told
 * Hearth is busy, with nothing changed. The line itself is short (eight per slot): each waiter
 * holds one of the server's request threads, and two hundred of them waiting out the bound took
 * every thread from readers, whose lesson views then queued behind them (p99 308 ms during 200
 * registrations; with the short line, see README "Benchmarks").
 */
final class HashingSlots {

  static final String BUSY =
      "Hearth is very busy right now. Please try again in a few seconds; nothing was changed.";

  private static final int LINE_PER_SLOT = 8;

  private final Semaphore slots;
  private final Duration longestWait;
  private final int mostAdmitted;
  private final AtomicInteger admitted = new AtomicInteger();

  HashingSlots(int slots, Duration longestWait, int longestLine) {
    this.slots = new Semaphore(Math.max(1, slots), true);
    this.longestWait = longestWait;
    this.mostAdmitted = Math.max(1, slots) + longestLine;
  }

  /**
   * A slot for every other core the JVM may use, eight waiting per slot, and at most ten seconds in
   * the line.
   */
  static HashingSlots perCore() {
    int slots = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new HashingSlots(slots, Duration.ofSeconds(10), slots * LINE_PER_SLOT);
  }

  /**
   * Runs {@code hashing} in a slot.
   *
   * @throws AccountProblem when no slot came free within the bound
   */
  <T> T run(Supplier<T> hashing) {
    if (admitted.incrementAndGet() > mostAdmitted) {
      admitted.decrementAndGet();
      throw new HashingBusy(BUSY); // the line is full: say so at once, holding no thread
    }
    try {
      return inLine(hashing);
    } finally {
      admitted.decrementAndGet();
    }
  }

  private <T> T inLine(Supplier<T> hashing) {
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

  /** How many stand in the line now, for tests. */
  int waiting() {
    return slots.getQueueLength();
  }
}
