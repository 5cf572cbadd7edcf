package org.hearth.application.account;

import java.time.Instant;
import java.util.Optional;

/** The outcome of one sign-in attempt. */
public record SignInResult(Optional<SignedInUser> user, Optional<Instant> pausedUntil) {

  static SignInResult success(SignedInUser user) {
    return new SignInResult(Optional.of(user), Optional.empty());
  }

  static SignInResult wrong() {
    return new SignInResult(Optional.empty(), Optional.empty());
  }

  static SignInResult paused(Instant until) {
    return new SignInResult(Optional.empty(), Optional.of(until));
  }

  public boolean succeeded() {
    return user.isPresent();
  }
}
