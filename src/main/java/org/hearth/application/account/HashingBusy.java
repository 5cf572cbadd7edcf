package org.hearth.application.account;

/**
 * Every password-hashing slot stayed taken for longer than Hearth lets anyone wait (see {@link
 * HashingSlots}): nothing was done, and trying again in a few seconds will work. Pages answer it
 * with 503 and a Retry-After, so scripts and balancers know to come back too.
 */
public class HashingBusy extends AccountProblem {

  /** How long to wait before trying again, in seconds. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public HashingBusy(String message) {
    super(null, message);
  }
}
