package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.account.Account;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

  private static final String TAKEN = "zoë.ångström@example.org";

  /** Records each password hashed, instead of spending 210,000 iterations on it. */
  private static final class CountingHasher extends PasswordHasher {
    final List<String> hashed = new ArrayList<>();

    @Override
    public String hash(String password) {
      hashed.add(password);
      return "hash-of-" + password;
    }
  }

  /** Knows one account, by the email given. */
  private static final class OneAccount extends AccountRepository {
    final List<Account> added = new ArrayList<>();

    @Override
    public Optional<Account> findByEmail(String email) {
      return email.equals(TAKEN)
          ? Optional.of(new Account(TAKEN, "Zoë", "x", Instant.EPOCH))
          : Optional.empty();
    }

    @Override
    public void add(Account account) {
      added.add(account);
    }
  }

  private final CountingHasher hasher = new CountingHasher();
  private final OneAccount repository = new OneAccount();
  private final AccountService service = new AccountService();

  AccountServiceTest() {
    service.accounts = repository;
    service.hasher = hasher;
    service.clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    service.recovery = new RecoveryService();
    service.recovery.hasher = hasher;
  }

  @Test
  void aTakenEmailCostsTheSameHashesAsANewOneSoTimingDoesNotTellThemApart() {
    assertThrows(
        AccountProblem.class,
        () -> service.register("Someone else", TAKEN, "a long enough password"));
    NewAccount created =
        service.register("Amara Okafor", "amara@example.org", "another long password");

    assertEquals(4, hasher.hashed.size(), "a password and a recovery code each: " + hasher.hashed);
    assertEquals(
        List.of("a long enough password", "another long password"),
        List.of(hasher.hashed.get(0), hasher.hashed.get(2)),
        "the password is hashed whether or not the email is taken");
    assertTrue(
        hasher.hashed.get(1).matches("([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}"),
        "and so is a recovery code, before the email is looked up");
    assertEquals(1, repository.added.size(), "only the new email gets an account");
    Account account = repository.added.get(0);
    assertEquals(
        Optional.of("hash-of-" + created.recoveryCode()),
        account.recoveryCodeHash(),
        "the new account keeps only its code's hash");
    assertEquals(hasher.hashed.get(3), created.recoveryCode(), "the code shown is the one hashed");
  }
}
