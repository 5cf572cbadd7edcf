package org.hearth.application.account;

import java.time.Instant;
import java.util.Optional;

/** The outcome of one sign-in attempt. */
public record SignInResult(Optional<SignedInUser> user, Optional<Instant> pausedUntil) {

  /** The request attribute holding a failed form sign-in's result, for the sign-in page. */
  public static final String REQUEST_ATTRIBUTE = "hearth.signInResult";

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
