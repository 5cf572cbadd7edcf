package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  }

  @Test
  void aTakenEmailCostsTheSameHashAsANewOneSoTimingDoesNotTellThemApart() {
    assertThrows(
        AccountProblem.class,
        () -> service.register("Someone else", TAKEN, "a long enough password"));
    service.register("Amara Okafor", "amara@example.org", "another long password");

    assertEquals(
        List.of("a long enough password", "another long password"),
        hasher.hashed,
        "the password is hashed whether or not the email is taken");
    assertEquals(1, repository.added.size(), "only the new email gets an account");
  }
}
