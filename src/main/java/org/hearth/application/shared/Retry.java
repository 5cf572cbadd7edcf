package org.hearth.application.shared;

/**
 * Runs a write that may lose a race with another request (two tabs, a double click) a few times:
 * each try runs in a fresh transaction, re-reads, and usually succeeds the second time.
 */
public final class Retry {

  /** Enough for two tabs or a burst of clicks; a write that fails this often is truly failing. */
  public static final int TRIES = 5;

  private Retry() {}

  /** Runs the write until it succeeds, up to {@link #TRIES} times; then throws the last failure. */
  public static void write(Runnable write) {
    RuntimeException last = null;
    for (int tryNumber = 0; tryNumber < TRIES; tryNumber++) {
      try {
        write.run();
        return;
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw last;
  }
}
