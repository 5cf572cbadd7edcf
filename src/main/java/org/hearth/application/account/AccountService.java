package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.DiscreetMode;
import org.hearth.domain.account.Role;
import org.hearth.domain.shared.VisibleText;
import org.hearth.infrastructure.persistence.AccountRepository;

/**
 * Registration, passwords, roles and deletion of accounts. Logs name accounts by id only, and never
 * hold a password or a recovery code.
 */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final int MAX_PASSWORD_LENGTH = 1_000;

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;
  @Inject RecoveryService recovery;

  /**
   * Creates a learner account with its first recovery code; the form's fields are checked here, on
   * the server.
   */
  @Transactional
  public NewAccount register(String displayName, String email, String password) {
    String name = displayName == null ? "" : displayName.strip();
    String address = email == null ? "" : email.strip();
    List<AccountProblem> problems = new ArrayList<>();
    nameProblem(name).ifPresent(problems::add);
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      problems.add(
          new AccountProblem(
              "email",
              "That doesn't look like an email address. Please check it, for example"
                  + " name@example.org."));
    }
    try {
      checkPassword("password", password);
    } catch (AccountProblem problem) {
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      throw problems.size() == 1 ? problems.get(0) : new InvalidFields(problems);
    }
    // Both hashed first, whether or not the email is taken: a taken email must not answer faster.
    String hash = hasher.hash(password);
    RecoveryService.Issued code = recovery.issue();
    if (accounts.findByEmail(address).isPresent()) {
      throw duplicate();
    }
    Account account = new Account(address, name, hash, clock.instant());
    account.replaceRecoveryCodeHash(code.hash());
    try {
      accounts.add(account);
    } catch (PersistenceException e) {
      throw duplicate(); // the unique constraint caught a registration racing this one
    }
    LOG.info(() -> "Account " + account.getId() + " registered");
    return new NewAccount(account, code.code());
  }

  /** What is wrong with a name to be called by, if anything. */
  private static Optional<AccountProblem> nameProblem(String name) {
    if (name.isEmpty()) {
      return Optional.of(
          new AccountProblem(
              "displayName", "Please choose a name to be called by. A nickname is fine."));
    }
    if (name.length() > Account.MAX_DISPLAY_NAME_LENGTH) {
      return Optional.of(
          new AccountProblem(
              "displayName",
              "Please keep the name to "
                  + Account.MAX_DISPLAY_NAME_LENGTH
                  + " characters or fewer."));
    }
    return VisibleText.problemInLine(name)
        .map(
            hidden ->
                new AccountProblem(
                    "displayName",
                    "The name " + hidden + ". Please type it again without that character."));
  }

  private static AccountProblem duplicate() {
    return new AccountProblem(
        "email", "This email can't be used to register. If it's yours, you can sign in instead.");
  }

  static void checkPassword(String field, String password) {
    if (password == null || password.length() < Account.MIN_PASSWORD_LENGTH) {
      throw new AccountProblem(
          field,
          "Please use at least "
              + Account.MIN_PASSWORD_LENGTH
              + " characters. A few words strung together are easy to remember and hard to guess.");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      throw new AccountProblem(field, "Please use at most " + MAX_PASSWORD_LENGTH + " characters.");
    }
  }

  /** Changes the password and ends every other session; returns this session's new standing. */
  @Transactional
  public SignedInUser changePassword(long accountId, String current, String replacement) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    if (current == null || !hasher.matches(current, account.getPasswordHash())) {
      throw new AccountProblem(
          "current", "Your current password doesn't match. Please try typing it again.");
    }
    checkPassword("replacement", replacement);
    account.changePasswordHash(hasher.hash(replacement));
    LOG.info(() -> "Account " + accountId + " changed its password; its other sessions have ended");
    return SignedInUser.of(account);
  }

  /**
   * "Sign out everywhere": ends every session of the account; returns this session's new standing.
   */
  @Transactional
  public SignedInUser endOtherSessions(long accountId) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    account.endSessions();
    LOG.info(() -> "Account " + accountId + " signed out everywhere else");
    return SignedInUser.of(account);
  }

  /** The learner's discreet-mode choice, kept; returns this session's new standing. */
  @Transactional
  public SignedInUser setDiscreetMode(long accountId, DiscreetMode mode) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "This account no longer exists."));
    account.setDiscreetMode(mode);
    return SignedInUser.of(account);
  }

  /**
   * Makes sure an account exists with a role: the operator's administrator from the environment,
   * whose password is reset to the configured one ({@code resetPassword}), or a demo account,
   * created once and otherwise left alone (no password hashing at every start).
   */
  @Transactional
  public Account ensureAccount(
      String email, String displayName, String password, Role role, boolean resetPassword) {
    Optional<Account> existing = accounts.findByEmail(email);
    Account account =
        existing.orElseGet(
            () -> {
              Account created =
                  new Account(email, displayName, hasher.hash(password), clock.instant());
              accounts.add(created);
              return created;
            });
    if (existing.isPresent()
        && resetPassword
        && !hasher.matches(password, account.getPasswordHash())) {
      account.changePasswordHash(hasher.hash(password));
    }
    account.grant(role);
    return account;
  }

  @Transactional
  public void setInstructor(long accountId, boolean instructor) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new AccountProblem(null, "That account no longer exists."));
    if (instructor) {
      account.grant(Role.INSTRUCTOR);
    } else {
      account.revoke(Role.INSTRUCTOR);
    }
    LOG.info(
        () ->
            "Account " + accountId + (instructor ? " became" : " is no longer") + " an instructor");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> all() {
    return accounts.findAll();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> find(long id) {
    return accounts.findById(id);
  }
}
