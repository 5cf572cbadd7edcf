package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hearth.domain.account.Account;
import org.hearth.infrastructure.persistence.AccountRepository;

/**
 * Checks an email and password. Failures look the same whether or not the account exists (same
 * answer, same time), and after too many failures for one account or one client address, sign-in
 * for it pauses for a while.
 */
@ApplicationScoped
public class SignInService {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottles throttles;
  @Inject Clock clock;

  public SignInResult signIn(String email, String password, String clientAddress) {
    Instant now = clock.instant();
    String normalised = email == null ? "" : Account.normaliseEmail(email);
    String accountKey = SignInThrottles.accountKey(normalised);
    String addressKey = SignInThrottles.addressKey(clientAddress);
    Optional<Instant> paused =
        throttles.lockedUntil(accountKey, now).or(() -> throttles.lockedUntil(addressKey, now));
    if (paused.isPresent()) {
      return SignInResult.paused(paused.get());
    }
    String secret = password == null ? "" : password;
    Optional<Account> account =
        normalised.isEmpty() ? Optional.empty() : accounts.findByEmail(normalised);
    try {
      if (account.isPresent() && hasher.matches(secret, account.get().getPasswordHash())) {
        throttles.clear(accountKey);
        return SignInResult.success(SignedInUser.of(account.get()));
      }
      if (account.isEmpty()) {
        hasher.burnTime(secret);
      }
    } catch (AccountProblem busy) {
      // Too busy to check the password now (see HashingSlots): try again in a moment; nothing
      // counted.
      return SignInResult.paused(clock.instant().plusSeconds(5));
    }
    countFailure(throttles, accountKey, addressKey, now);
    return SignInResult.wrong();
  }

  /**
   * The account behind a session, as it is now: empty when the account is gone or the session was
   * ended (its generation is older than the account's), so a password change, "Sign out
   * everywhere", a deletion or a role taken away counts at the very next request, on any node.
   */
  public Optional<SignedInUser> stillSignedIn(SignedInUser session) {
    return accounts
        .findById(session.id())
        .filter(account -> account.getSessionGeneration() == session.generation())
        .map(SignedInUser::of);
  }

  /**
   * Counts a failure against the account's key and the client address's key. Recovery-code failures
   * count here too, so the two doors share one budget of guesses.
   */
  static void countFailure(
      SignInThrottles throttles, String accountKey, String addressKey, Instant now) {
    recordFailure(throttles, accountKey, SignInThrottles.ACCOUNT_LIMIT, now);
    recordFailure(throttles, addressKey, SignInThrottles.ADDRESS_LIMIT, now);
  }

  /** Two failures at the same moment may race on one row; a second try settles it. */
  private static void recordFailure(SignInThrottles throttles, String key, int limit, Instant now) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        throttles.recordFailure(key, limit, now);
        return;
      } catch (RuntimeException e) {
        // retry: another request updated or created the same row
      }
    }
  }
}
