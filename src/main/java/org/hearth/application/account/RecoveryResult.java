package org.hearth.application.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of one try at getting back in with a recovery code: the account signed in again with
 * its new code to show once; or a wait, after too many tries; or neither, which says nothing about
 * whether the account exists.
 */
public record RecoveryResult(
    Optional<SignedInUser> user, Optional<String> recoveryCode, Optional<Instant> pausedUntil) {

  static RecoveryResult recovered(SignedInUser user, String newCode) {
    return new RecoveryResult(Optional.of(user), Optional.of(newCode), Optional.empty());
  }

  static RecoveryResult wrong() {
    return new RecoveryResult(Optional.empty(), Optional.empty(), Optional.empty());
  }

  static RecoveryResult paused(Instant until) {
    return new RecoveryResult(Optional.empty(), Optional.empty(), Optional.of(until));
  }

  public boolean succeeded() {
    return user.isPresent();
  }

  @Override
  public String toString() {
    return "RecoveryResult[" + (succeeded() ? "recovered" : "refused") + "]"; // never the code
  }
}
