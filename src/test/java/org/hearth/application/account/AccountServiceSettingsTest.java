package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.DiscreetMode;
import org.hearth.domain.account.Role;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.junit.jupiter.api.Test;

/**
 * What an existing account's owner or an administrator changes: a password change or "Sign out
 * everywhere" ends the other sessions, discreet mode is kept, roles come and go, and the operator's
 * accounts are made once and only rehashed when their password really changed.
 */
class AccountServiceSettingsTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  /** Hashes by name only, and records each hash made and each check. */
  private static final class NamingHasher extends PasswordHasher {
    final List<String> work = new ArrayList<>();

    @Override
    public String hash(String password) {
      work.add("hash " + password);
      return "hash-of-" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
      work.add("check " + password);
      return hash.equals("hash-of-" + password);
    }
  }

  /** Accounts in memory, by id and email. */
  private static final class Accounts extends AccountRepository {
    final Map<Long, Account> byId = new HashMap<>();
    long nextId = 100;

    @Override
    public Optional<Account> findById(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
      String wanted = Account.normaliseEmail(email);
      return byId.values().stream().filter(a -> a.getEmail().equals(wanted)).findFirst();
    }

    @Override
    public List<Account> findAll() {
      return List.copyOf(byId.values());
    }

    @Override
    public void add(Account account) {
      byId.put(nextId++, account);
    }
  }

  private final NamingHasher hasher = new NamingHasher();
  private final Accounts accounts = new Accounts();
  private final AccountService service = new AccountService();
  private final Account siobhan;

  AccountServiceSettingsTest() throws ReflectiveOperationException {
    service.accounts = accounts;
    service.hasher = hasher;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    siobhan =
        new Account("siobhan@example.org", "Siobhán Ó Súilleabháin", "hash-of-old", Instant.EPOCH);
    var id = Account.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(siobhan, 7L);
    accounts.byId.put(7L, siobhan);
  }

  @Test
  void aPasswordChangeWithTheRightCurrentPasswordEndsEveryOtherSession() {
    long before = siobhan.getSessionGeneration();

    SignedInUser me = service.changePassword(7, "old", "a new long passphrase");

    assertEquals("hash-of-a new long passphrase", siobhan.getPasswordHash());
    assertEquals(before + 1, siobhan.getSessionGeneration(), "other sessions are out of date");
    assertEquals(siobhan.getSessionGeneration(), me.generation(), "this one carries on");
    assertEquals("Siobhán Ó Súilleabháin", me.displayName());
  }

  @Test
  void aWrongOrMissingCurrentPasswordChangesNothing() {
    for (String wrong : new String[] {"Old", null}) {
      AccountProblem problem =
          assertThrows(
              AccountProblem.class,
              () -> service.changePassword(7, wrong, "a new long passphrase"));

      assertEquals("current", problem.field());
    }
    assertEquals("hash-of-old", siobhan.getPasswordHash());
    assertEquals(0, siobhan.getSessionGeneration());
    assertFalse(hasher.work.stream().anyMatch(w -> w.startsWith("hash")), "nothing new hashed");
  }

  @Test
  void aNewPasswordTooShortIsRefusedOnItsOwnField() {
    AccountProblem problem =
        assertThrows(AccountProblem.class, () -> service.changePassword(7, "old", "short"));

    assertEquals("replacement", problem.field());
    assertEquals("hash-of-old", siobhan.getPasswordHash());
  }

  @Test
  void anAccountDeletedMeanwhileIsSaidToBeGone() {
    assertEquals(
        "This account no longer exists.",
        assertThrows(AccountProblem.class, () -> service.changePassword(8, "old", "a new one!!!!"))
            .getMessage());
    assertThrows(AccountProblem.class, () -> service.endOtherSessions(8));
    assertThrows(AccountProblem.class, () -> service.setDiscreetMode(8, DiscreetMode.ON));
    assertThrows(AccountProblem.class, () -> service.setInstructor(8, true));
  }

  @Test
  void signingOutEverywhereElseKeepsThisSessionUnderTheNewGeneration() {
    SignedInUser me = service.endOtherSessions(7);

    assertEquals(1, siobhan.getSessionGeneration());
    assertEquals(1, me.generation());
    assertEquals("hash-of-old", siobhan.getPasswordHash(), "the password stays");
  }

  @Test
  void theDiscreetModeChosenIsKeptAndTravelsWithTheSession() {
    SignedInUser me = service.setDiscreetMode(7, DiscreetMode.ON);

    assertEquals(DiscreetMode.ON, siobhan.getDiscreetMode());
    assertEquals(DiscreetMode.ON, me.discreetMode());
    assertTrue(SignedInUser.discreetIn(Optional.of(me), false), "even in a course that is not");
    assertEquals(0, siobhan.getSessionGeneration(), "no session ends for it");
  }

  @Test
  void anAdministratorMakesSomeoneAnInstructorAndTakesItAwayAgain() {
    service.setInstructor(7, true);
    assertEquals(Set.of(Role.LEARNER, Role.INSTRUCTOR), siobhan.roles());

    service.setInstructor(7, false);
    assertEquals(Set.of(Role.LEARNER), siobhan.roles());
  }

  @Test
  void theOperatorsAdministratorIsCreatedOnceWithItsRole() {
    Account admin =
        service.ensureAccount(
            "Admin@Example.org", "Admin", "a configured secret", Role.ADMINISTRATOR, true);

    assertEquals("admin@example.org", admin.getEmail());
    assertEquals("hash-of-a configured secret", admin.getPasswordHash());
    assertEquals(NOW, admin.getCreatedAt());
    assertTrue(admin.has(Role.ADMINISTRATOR));
    assertSame(admin, service.find(100).orElseThrow());
    assertEquals(2, service.all().size());
  }

  @Test
  void aStartWithTheSamePasswordHashesNothingAndKeepsSessions() {
    service.ensureAccount("siobhan@example.org", "ignored", "old", Role.ADMINISTRATOR, true);

    assertEquals(List.of("check old"), hasher.work);
    assertEquals(0, siobhan.getSessionGeneration());
    assertTrue(siobhan.isAdministrator(), "the role is granted all the same");
  }

  @Test
  void aNewConfiguredPasswordReplacesTheAdministratorsOne() {
    service.ensureAccount(
        "siobhan@example.org", "ignored", "rotated secret", Role.ADMINISTRATOR, true);

    assertEquals("hash-of-rotated secret", siobhan.getPasswordHash());
    assertEquals(
        "Siobhán Ó Súilleabháin", siobhan.getDisplayName(), "the name is the learner's own");
  }

  @Test
  void aDemoAccountAlreadyThereIsLeftAlone() {
    service.ensureAccount("siobhan@example.org", "Demo", "hearth-demo", Role.INSTRUCTOR, false);

    assertEquals(List.of(), hasher.work, "no hashing at every start");
    assertEquals("hash-of-old", siobhan.getPasswordHash());
    assertTrue(siobhan.isInstructor());
    assertNull(accounts.byId.get(100L), "and no second account");
  }
}
