package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.hearth.domain.account.Role;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.junit.jupiter.api.Test;

/**
 * The decisions of signing in, without a container: when it pauses, what a failure counts against,
 * that an unknown email costs the same hash as a wrong password, and when a session has ended.
 * (AccountIT runs the same against a real database and real hashes.)
 */
class SignInServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final String EMAIL = "nguyen.thi.minh.khai@example.org";
  private static final String PASSWORD = "a long enough password";
  private static final String ADDRESS = "192.0.2.7";
  private static final String ACCOUNT_KEY = SignInThrottles.accountKey(EMAIL);
  private static final String ADDRESS_KEY = SignInThrottles.addressKey(ADDRESS);

  /** Checks by name, records the work done, and can be too busy. */
  private static final class RecordingHasher extends PasswordHasher {
    final List<String> work = new ArrayList<>();
    boolean busy;

    @Override
    public boolean matches(String password, String hash) {
      if (busy) {
        throw new HashingBusy(HashingSlots.BUSY);
      }
      work.add("check");
      return hash.equals("hash-of-" + password);
    }

    @Override
    public void burnTime(String password) {
      work.add("burn");
    }
  }

  /** Failures and pauses per key, in memory; a row can lose a race a given number of times. */
  private static final class Throttles extends SignInThrottles {
    final Map<String, Instant> locked = new HashMap<>();
    final List<String> failures = new ArrayList<>();
    final List<String> cleared = new ArrayList<>();
    int racesToLose;

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
      return Optional.ofNullable(locked.get(key));
    }

    @Override
    public void recordFailure(String key, int limit, Instant now) {
      if (racesToLose > 0) {
        racesToLose--;
        throw new IllegalStateException("another request inserted the same key");
      }
      failures.add(key + " limit " + limit);
    }

    @Override
    public void clear(String key) {
      cleared.add(key);
    }
  }

  /** One account, by email and by id. */
  private static final class OneAccount extends AccountRepository {
    final List<String> lookedUp = new ArrayList<>();
    Account account;

    @Override
    public Optional<Account> findByEmail(String email) {
      lookedUp.add(email);
      return Optional.ofNullable(account).filter(a -> a.getEmail().equals(email));
    }

    @Override
    public Optional<Account> findById(long id) {
      return Optional.ofNullable(account).filter(a -> a.getId() == id);
    }
  }

  private final RecordingHasher hasher = new RecordingHasher();
  private final Throttles throttles = new Throttles();
  private final OneAccount accounts = new OneAccount();
  private final SignInService service = new SignInService();

  SignInServiceTest() throws ReflectiveOperationException {
    service.accounts = accounts;
    service.hasher = hasher;
    service.throttles = throttles;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    accounts.account = new Account(EMAIL, "Nguyễn Thị Minh Khai", "hash-of-" + PASSWORD, NOW);
    var id = Account.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(accounts.account, 3L);
  }

  @Test
  void theRightPasswordSignsInAndForgetsEarlierFailures() {
    SignInResult result = service.signIn("  Nguyen.Thi.Minh.Khai@Example.ORG ", PASSWORD, ADDRESS);

    assertTrue(result.succeeded());
    SignedInUser user = result.user().orElseThrow();
    assertEquals(3, user.id());
    assertEquals("Nguyễn Thị Minh Khai", user.displayName());
    assertEquals(Set.of(Role.LEARNER), user.roles());
    assertFalse(user.has(Role.INSTRUCTOR));
    assertEquals(List.of(ACCOUNT_KEY), throttles.cleared);
    assertEquals(List.of(), throttles.failures);
    assertEquals(List.of("check"), hasher.work);
  }

  @Test
  void aWrongPasswordCountsAgainstTheAccountAndTheAddressEachWithItsOwnLimit() {
    SignInResult result = service.signIn(EMAIL, "a wrong password", ADDRESS);

    assertFalse(result.succeeded());
    assertEquals(Optional.empty(), result.pausedUntil(), "told it was wrong, not to wait");
    assertEquals(List.of(ACCOUNT_KEY + " limit 5", ADDRESS_KEY + " limit 20"), throttles.failures);
    assertEquals(List.of(), throttles.cleared);
  }

  @Test
  void anUnknownEmailCostsOneHashLikeAWrongPasswordAndGetsTheSameAnswer() {
    SignInResult wrongPassword = service.signIn(EMAIL, "not it", ADDRESS);
    SignInResult unknown = service.signIn("nobody@example.org", PASSWORD, ADDRESS);

    assertEquals(wrongPassword, unknown);
    assertEquals(List.of("check", "burn"), hasher.work);
    assertTrue(
        throttles.failures.contains(SignInThrottles.accountKey("nobody@example.org") + " limit 5"));
  }

  @Test
  void noEmailOrPasswordIsAFailureLikeAnyOtherWithoutALookUp() {
    SignInResult result = service.signIn(null, null, null);

    assertFalse(result.succeeded());
    assertEquals(List.of(), accounts.lookedUp, "nothing to look up");
    assertEquals(List.of("burn"), hasher.work, "but the same time spent");
    assertEquals(
        List.of(
            SignInThrottles.accountKey("") + " limit 5",
            SignInThrottles.addressKey(null) + " limit 20"),
        throttles.failures);
  }

  @Test
  void aPausedAccountIsToldWhenToTryAgainWithoutCheckingEvenTheRightPassword() {
    Instant until = NOW.plusSeconds(8);
    throttles.locked.put(ACCOUNT_KEY, until);

    SignInResult result = service.signIn(EMAIL, PASSWORD, ADDRESS);

    assertFalse(result.succeeded());
    assertEquals(Optional.of(until), result.pausedUntil());
    assertEquals(List.of(), hasher.work);
    assertEquals(List.of(), throttles.failures, "a paused try counts nothing more");
  }

  @Test
  void aPausedAddressPausesEveryAccountTriedFromIt() {
    Instant until = NOW.plusSeconds(60);
    throttles.locked.put(ADDRESS_KEY, until);

    assertEquals(Optional.of(until), service.signIn(EMAIL, PASSWORD, ADDRESS).pausedUntil());
    assertTrue(
        service.signIn(EMAIL, PASSWORD, "198.51.100.4").succeeded(), "another address is free");
  }

  @Test
  void whenHashingIsBusyTheLearnerWaitsFiveSecondsAndNothingCounts() {
    hasher.busy = true;

    SignInResult result = service.signIn(EMAIL, PASSWORD, ADDRESS);

    assertEquals(Optional.of(NOW.plusSeconds(5)), result.pausedUntil());
    assertEquals(List.of(), throttles.failures);
    assertEquals(List.of(), throttles.cleared);
  }

  @Test
  void aFailureThatLosesARaceOnItsCounterIsCountedOnTheNextTry() {
    throttles.racesToLose = 2;

    service.signIn(EMAIL, "not it", ADDRESS);

    assertEquals(List.of(ACCOUNT_KEY + " limit 5", ADDRESS_KEY + " limit 20"), throttles.failures);
  }

  @Test
  void aCounterThatKeepsFailingIsGivenUpAfterThreeTriesWithoutFailingTheSignIn() {
    throttles.racesToLose = 3;

    SignInResult result = service.signIn(EMAIL, "not it", ADDRESS);

    assertFalse(result.succeeded());
    assertEquals(
        List.of(ADDRESS_KEY + " limit 20"), throttles.failures, "the address still counts");
  }

  @Test
  void aSessionLastsUntilItsAccountMovesOnOrIsGone() {
    SignedInUser session = service.signIn(EMAIL, PASSWORD, ADDRESS).user().orElseThrow();
    assertEquals(Optional.of(session), service.stillSignedIn(session));

    accounts.account.grant(Role.INSTRUCTOR);
    assertTrue(
        service.stillSignedIn(session).orElseThrow().has(Role.INSTRUCTOR),
        "a role given counts at the next request");

    accounts.account.endSessions();
    assertEquals(Optional.empty(), service.stillSignedIn(session), "signed out everywhere");

    accounts.account = null;
    assertEquals(Optional.empty(), service.stillSignedIn(session), "deleted");
  }
}
