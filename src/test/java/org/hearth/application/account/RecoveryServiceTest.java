package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.hearth.domain.account.Account;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.junit.jupiter.api.Test;

/**
 * The rules of getting back in with a recovery code, without a container: what each refusal costs
 * and counts, and what a right code changes. (AccountIT runs the same against a real database.)
 */
class RecoveryServiceTest {

  private static final String EMAIL = "noor@example.org";
  private static final String ADDRESS = "fd00::1";
  private static final String NEW_PASSWORD = "a calm new passphrase";

  /** Hashes by name only, and records every hash made or checked, and every time burnt. */
  private static final class RecordingHasher extends PasswordHasher {
    final List<String> work = new ArrayList<>();

    @Override
    public String hash(String secret) {
      work.add("hash");
      return "hash-of-" + secret;
    }

    @Override
    public boolean matches(String secret, String hash) {
      work.add("check");
      return hash.equals("hash-of-" + secret);
    }

    @Override
    public void burnTime(String secret) {
      work.add("check");
    }
  }

  /** Accounts by email, with or without a recovery code. */
  private static final class OneAccount extends AccountRepository {
    final Map<String, Account> byEmail = new HashMap<>();
    Runnable meanwhile = () -> {};

    @Override
    public Optional<Account> findByEmail(String email) {
      return Optional.ofNullable(byEmail.get(Account.normaliseEmail(email)));
    }

    @Override
    public Optional<Account> findById(long id) {
      return byEmail.values().stream().filter(a -> Long.valueOf(id).equals(a.getId())).findFirst();
    }

    @Override
    public void refreshForUpdate(Account account) {
      meanwhile.run(); // what another request committed before the row was locked
    }
  }

  /** Counts failures per key, in memory. */
  private static final class CountingThrottles extends SignInThrottles {
    final Map<String, Integer> failures = new HashMap<>();
    final List<String> cleared = new ArrayList<>();
    final Map<String, Instant> locked = new HashMap<>();

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
      return Optional.ofNullable(locked.get(key));
    }

    @Override
    public void recordFailure(String key, int limit, Instant now) {
      failures.merge(key, 1, Integer::sum);
    }

    @Override
    public void clear(String key) {
      cleared.add(key);
    }
  }

  private final RecordingHasher hasher = new RecordingHasher();
  private final OneAccount repository = new OneAccount();
  private final CountingThrottles throttles = new CountingThrottles();
  private final RecoveryService service = new RecoveryService();
  private final String code;
  private final Account account;

  RecoveryServiceTest() throws ReflectiveOperationException {
    service.accounts = repository;
    service.hasher = hasher;
    service.throttles = throttles;
    service.clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    RecoveryService.Issued issued = service.issue();
    code = issued.code();
    account = new Account(EMAIL, "Noor", "hash-of-the old password", Instant.EPOCH);
    account.replaceRecoveryCodeHash(issued.hash());
    var id = Account.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(account, 7L);
    repository.byEmail.put(EMAIL, account);
    hasher.work.clear();
  }

  @Test
  void everyRefusalLooksTheSameCostsOneHashCheckAndCountsAsAFailedSignIn() {
    Account old = new Account("old@example.org", "Older", "hash-of-x", Instant.EPOCH);
    repository.byEmail.put("old@example.org", old); // made before recovery codes: none
    List<RecoveryResult> refusals = new ArrayList<>();
    List<String[]> tries =
        List.of(
            new String[] {EMAIL, "0000-0000-0000-0000"}, // the wrong code
            new String[] {"nobody@example.org", code}, // no such account
            new String[] {"old@example.org", code}, // an account with no code
            new String[] {EMAIL, code.replace('-', '\u2010').substring(1) + "\u0410"}, // not a code
            new String[] {EMAIL, null},
            new String[] {null, code});
    for (String[] attempt : tries) {
      hasher.work.clear();
      refusals.add(service.recover(attempt[0], attempt[1], NEW_PASSWORD, ADDRESS));
      assertEquals(List.of("check"), hasher.work, () -> "one hash's time for " + attempt[0]);
    }

    for (RecoveryResult refusal : refusals) {
      assertEquals(RecoveryResult.wrong(), refusal, "the same answer, whatever was wrong");
      assertFalse(refusal.succeeded());
    }
    assertEquals(
        tries.size(),
        throttles.failures.get(SignInThrottles.addressKey(ADDRESS)),
        "each counts against the client address");
    assertEquals(
        3,
        throttles.failures.get(SignInThrottles.accountKey(EMAIL)),
        "and against the account, on the same counter as sign-in");
    assertEquals(Optional.of("hash-of-" + code), account.recoveryCodeHash(), "nothing changed");
    assertEquals("hash-of-the old password", account.getPasswordHash());
  }

  @Test
  void aNewPasswordThatBreaksTheRulesIsRefusedBeforeAnythingIsLookedUp() {
    AccountProblem tooShort =
        assertThrows(AccountProblem.class, () -> service.recover(EMAIL, code, "short", ADDRESS));

    assertEquals("password", tooShort.field());
    assertTrue(tooShort.getMessage().contains("at least 12 characters"), tooShort.getMessage());
    assertEquals(List.of(), hasher.work, "no hashing, so the answer says nothing of the account");
    assertEquals(Map.of(), throttles.failures, "and nothing counted");
  }

  @Test
  void theRightCodeTypedCarelesslySetsThePasswordEndsSessionsAndReplacesItself() {
    long generation = account.getSessionGeneration();
    String typed = "  " + code.toLowerCase(java.util.Locale.ROOT).replace("-", " \u2013 ") + " ";

    RecoveryResult result = service.recover(EMAIL.toUpperCase(), typed, NEW_PASSWORD, ADDRESS);

    assertTrue(result.succeeded());
    String fresh = result.recoveryCode().orElseThrow();
    assertNotEquals(code, fresh, "a new code to keep");
    assertEquals(Optional.of("hash-of-" + fresh), account.recoveryCodeHash(), "stored as a hash");
    assertEquals("hash-of-" + NEW_PASSWORD, account.getPasswordHash());
    assertEquals(generation + 1, account.getSessionGeneration(), "other sessions end");
    assertEquals(
        account.getSessionGeneration(),
        result.user().orElseThrow().generation(),
        "this session carries on under the new generation");
    assertEquals(List.of(SignInThrottles.accountKey(EMAIL)), throttles.cleared);
    assertFalse(result.toString().contains(fresh), "the code stays out of anything logged");
    assertEquals("RecoveryResult[recovered]", result.toString());

    assertFalse(
        service.recover(EMAIL, code, "yet another passphrase", ADDRESS).succeeded(),
        "the old code works no more");
    assertTrue(service.recover(EMAIL, fresh, "yet another passphrase", ADDRESS).succeeded());
  }

  @Test
  void ofTwoRequestsWithOneCodeOnlyTheFirstGetsIn() {
    repository.meanwhile =
        () -> account.recover("hash-of-the other request's password", "hash-of-its new code");

    RecoveryResult second = service.recover(EMAIL, code, NEW_PASSWORD, ADDRESS);

    assertEquals(RecoveryResult.wrong(), second);
    assertEquals("RecoveryResult[refused]", second.toString());
    assertEquals("hash-of-the other request's password", account.getPasswordHash(), "kept");
    assertEquals(Optional.of("hash-of-its new code"), account.recoveryCodeHash());
    assertEquals(List.of(), throttles.cleared);
  }

  @Test
  void anAddressPausedForTooManyTriesWaitsEvenWithTheRightCode() {
    Instant until = Instant.parse("2026-12-02T10:01:00Z");
    throttles.locked.put(SignInThrottles.addressKey(ADDRESS), until);

    RecoveryResult result = service.recover(EMAIL, code, NEW_PASSWORD, ADDRESS);

    assertEquals(Optional.of(until), result.pausedUntil());
    assertFalse(result.succeeded());
    assertEquals(List.of(), hasher.work, "no code checked while paused");
    assertEquals("hash-of-the old password", account.getPasswordHash());
    assertTrue(
        service.recover(EMAIL, code, NEW_PASSWORD, "fd00::2").succeeded(),
        "the learner's own device elsewhere is not held back");
  }

  @Test
  void aNewCodeNeedsTheCurrentPasswordAndTheOldOneStopsWorking() {
    AccountProblem wrong =
        assertThrows(AccountProblem.class, () -> service.replace(7, "the wrong password"));
    assertEquals("recoveryPassword", wrong.field());
    assertThrows(AccountProblem.class, () -> service.replace(7, null));
    assertEquals(Optional.of("hash-of-" + code), account.recoveryCodeHash(), "unchanged");
    assertEquals(
        "This account no longer exists.",
        assertThrows(AccountProblem.class, () -> service.replace(8, "the old password"))
            .getMessage());

    String fresh = service.replace(7, "the old password");

    assertNotEquals(code, fresh);
    assertEquals(Optional.of("hash-of-" + fresh), account.recoveryCodeHash());
    assertEquals(0, account.getSessionGeneration(), "a new code ends no session");
    assertFalse(service.recover(EMAIL, code, NEW_PASSWORD, ADDRESS).succeeded());
    assertTrue(service.recover(EMAIL, fresh, NEW_PASSWORD, ADDRESS).succeeded());
  }

  @Test
  void aCodeJustMadeIsNeverShownWhereItMightBeLogged() {
    RecoveryService.Issued issued = service.issue();

    assertFalse(issued.toString().contains(issued.code()), issued.toString());
    assertFalse(issued.toString().contains(issued.hash()), issued.toString());
  }
}
