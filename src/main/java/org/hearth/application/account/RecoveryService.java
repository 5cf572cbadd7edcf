package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.RecoveryCode;
import org.hearth.infrastructure.persistence.AccountRepository;

/**
 * Getting back into an account without an email trail: a {@link RecoveryCode} shown once at sign-up
 * (or made anew in account settings) sets a new password, ends every other session and is replaced
 * by a new code. Tries are throttled like sign-in, on the same counters (per account and per client
 * address), and every refusal looks the same, in its answer and its time, whether the email has no
 * account, the account has no code, or the code is wrong or used. Codes are stored only as PBKDF2
 * hashes and never logged.
 */
@ApplicationScoped
public class RecoveryService {

  private static final Logger LOG = Logger.getLogger(RecoveryService.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject SignInThrottles throttles;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();

  /** A code and its hash, made together; only the hash is ever stored. */
  record Issued(String code, String hash) {

    @Override
    public String toString() {
      return "Issued[…]"; // never the code
    }
  }

  /** A fresh code, hashed. */
  Issued issue() {
    String code = RecoveryCode.generate(random);
    return new Issued(code, hasher.hash(code));
  }

  /**
   * Replaces the account's recovery code, once its owner has typed the current password; returns
   * the new code, to show once. The old code stops working.
   */
  @Transactional
  public String replace(long accountId, String currentPassword) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    if (currentPassword == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
      throw new AccountProblem(
          "recoveryPassword",
          "Your password doesn't match. Please try typing it again. Your recovery code has not"
              + " changed.");
    }
    Issued fresh = issue();
    account.replaceRecoveryCodeHash(fresh.hash());
    LOG.info(() -> "Account " + accountId + " made a new recovery code");
    return fresh.code();
  }

  /**
   * Sets a new password for the account with {@code email} if {@code typedCode} is its recovery
   * code, ending its other sessions and replacing the code.
   *
   * @throws AccountProblem (field "password") when the new password breaks the rules registration
   *     has, before anything is looked up; or {@link HashingBusy}
   */
  @Transactional
  public RecoveryResult recover(
      String email, String typedCode, String newPassword, String clientAddress) {
    AccountService.checkPassword("password", newPassword);
    Instant now = clock.instant();
    String normalised = email == null ? "" : Account.normaliseEmail(email);
    String accountKey = SignInThrottles.accountKey(normalised);
    String addressKey = SignInThrottles.addressKey(clientAddress);
    Optional<Instant> paused =
        throttles.lockedUntil(accountKey, now).or(() -> throttles.lockedUntil(addressKey, now));
    if (paused.isPresent()) {
      return RecoveryResult.paused(paused.get());
    }
    Optional<String> code = RecoveryCode.normalise(typedCode);
    Optional<Account> account =
        normalised.isEmpty() ? Optional.empty() : accounts.findByEmail(normalised);
    Optional<String> stored = account.flatMap(Account::recoveryCodeHash);
    if (code.isPresent() && stored.isPresent() && hasher.matches(code.get(), stored.get())) {
      Optional<RecoveryResult> done = replaceBoth(account.get(), stored.get(), newPassword);
      if (done.isPresent()) {
        throttles.clear(accountKey);
        return done.get();
      }
      return RecoveryResult.wrong(); // a request racing this one used the code first
    }
    if (code.isEmpty() || stored.isEmpty()) {
      hasher.burnTime(newPassword); // no hash was checked: spend the time one would take
    }
    SignInService.countFailure(throttles, accountKey, addressKey, now);
    return RecoveryResult.wrong();
  }

  /**
   * Sets the new password and code, unless the code verified a moment ago was used meanwhile: the
   * row is locked and read again first, so of two requests with one code only one gets in.
   */
  private Optional<RecoveryResult> replaceBoth(
      Account account, String verifiedHash, String newPassword) {
    String passwordHash = hasher.hash(newPassword);
    Issued fresh = issue();
    accounts.refreshForUpdate(account);
    if (!account.recoveryCodeHash().filter(verifiedHash::equals).isPresent()) {
      return Optional.empty();
    }
    account.recover(passwordHash, fresh.hash());
    LOG.info(
        () ->
            "Account "
                + account.getId()
                + " came back in with its recovery code; its other sessions have ended");
    return Optional.of(RecoveryResult.recovered(SignedInUser.of(account), fresh.code()));
  }
}
