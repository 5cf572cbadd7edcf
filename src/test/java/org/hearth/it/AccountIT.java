package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import org.hearth.application.account.AccountProblem;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.LearnerDataService;
import org.hearth.application.account.NewAccount;
import org.hearth.application.account.RecoveryResult;
import org.hearth.application.account.RecoveryService;
import org.hearth.application.account.SignInResult;
import org.hearth.application.account.SignInService;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.Role;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts inside Payara, against the real database: registration, the unique email, password
 * hashing, sign-in throttling, password changes and getting back in with a recovery code. Every
 * test uses its own accounts and its own made-up client addresses (they are only hashed; no traffic
 * is sent), so tests never share a throttle and can run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class AccountIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String WRONG = "not the right password";
  private static final Duration WAIT_AFTER_FIVE = Duration.ofSeconds(1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.hearth(AccountIT.class, HeldClock.class);
  }

  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject RecoveryService recovery;
  @Inject LearnerDataService learnerData;
  @Inject AccountRepository repository;
  @Inject HeldClock clock;

  @AfterEach
  void letTheClockRun() {
    clock.release();
  }

  /** A fresh email for each call; the mixed case checks normalisation along the way. */
  private static String email(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@Example.TEST";
  }

  /** A client address no other test (or run) uses: a unique IPv6 address in a private range. */
  private static String address() {
    String hex = UUID.randomUUID().toString().replace("-", "");
    return "fd09:"
        + hex.substring(0, 4)
        + ":"
        + hex.substring(4, 8)
        + ":"
        + hex.substring(8, 12)
        + "::"
        + hex.substring(12, 16);
  }

  private long rowsWithEmail(String email) {
    return ((Number)
            repository
                .entityManager()
                .createNativeQuery("SELECT COUNT(*) FROM account WHERE email = ?")
                .setParameter(1, Account.normaliseEmail(email))
                .getSingleResult())
        .longValue();
  }

  @Test
  void aRegisteredLearnerCanSignInAndAWrongPasswordFailsWithoutPausing() {
    String email = email("register");
    String address = address();
    Account account = accounts.register("  Robin  ", email, PASSWORD).account();

    SignInResult result = signIn.signIn(email.toUpperCase(Locale.ROOT), PASSWORD, address);

    assertTrue(result.succeeded(), "the new account signs in, whatever the case of the email");
    assertEquals(account.getId(), result.user().orElseThrow().id());
    assertEquals(Account.normaliseEmail(email), result.user().orElseThrow().email());
    assertEquals("Robin", result.user().orElseThrow().displayName());
    assertEquals(
        Set.of(Role.LEARNER),
        result.user().orElseThrow().roles(),
        "registration makes a learner and nothing more");

    SignInResult wrong = signIn.signIn(email, WRONG, address);
    assertFalse(wrong.succeeded());
    assertTrue(wrong.pausedUntil().isEmpty(), "one wrong password does not pause sign-in");

    SignInResult unknown = signIn.signIn(email("nobody"), PASSWORD, address);
    assertEquals(wrong, unknown, "an unknown email gets the same answer as a wrong password");
  }

  @Test
  void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() {
    String local = "ann-" + UUID.randomUUID();
    accounts.register("Ann", local + "@X.org", PASSWORD);

    AccountProblem sameInOtherCase =
        assertThrows(
            AccountProblem.class,
            () ->
                accounts.register(
                    "Another Ann",
                    local.toUpperCase(Locale.ROOT) + "@x.ORG",
                    "another long password"));
    assertEquals("email", sameInOtherCase.field());
    AccountProblem withSpaces =
        assertThrows(
            AccountProblem.class,
            () ->
                accounts.register("Ann again", "  " + local + "@x.org ", "another long password"));
    assertEquals("email", withSpaces.field());

    assertEquals(1, rowsWithEmail(local + "@x.org"), "still exactly one account");
    assertTrue(
        signIn.signIn(local + "@x.org", PASSWORD, address()).succeeded(),
        "the first registration keeps its password");
  }

  @Test
  void theDatabaseItselfRefusesASecondAccountWithTheSameEmail() throws Exception {
    String email = email("constraint");
    accounts.register("First", email, PASSWORD);
    Exception refused =
        persistDirectly(
            new Account(
                email.toUpperCase(Locale.ROOT),
                "Twin",
                "PBKDF2WithHmacSHA512:1:AA==:AA==",
                Instant.now()));

    assertNotNull(
        refused, "persisting a second account with the same (normalised) email must fail");
    assertTrue(
        causeChainMentions(refused, "uk_account_email"),
        () -> "the unique constraint refused it: " + describe(refused));
    assertEquals(1, rowsWithEmail(email));
  }

  @Test
  void aPasswordShorterThanTwelveCharactersIsRefused() {
    String email = email("short");

    AccountProblem problem =
        assertThrows(AccountProblem.class, () -> accounts.register("Shorty", email, "elevenchars"));

    assertEquals("password", problem.field());
    assertEquals(0, rowsWithEmail(email), "nothing was stored");
    accounts.register("Shorty", email, "twelve chars");
    assertEquals(1, rowsWithEmail(email), "twelve characters are enough");
  }

  @Test
  void passwordsAreStoredAsSaltedPbkdf2HashesWithSha512And210000Iterations() {
    String email = email("hash");
    String sameAgain = email("hash-twin");
    accounts.register("Hashed", email, PASSWORD);
    accounts.register("Hashed twin", sameAgain, PASSWORD);

    String stored = storedHash(email);

    // Soteria's Pbkdf2PasswordHashImpl writes algorithm:iterations:base64(salt):base64(hash).
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
    String[] parts = stored.split(":");
    assertEquals(4, parts.length, stored);
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertEquals(210_000, Integer.parseInt(parts[1]));
    assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "a 32-byte salt");
    assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "a 64-byte key");
    assertFalse(stored.contains(PASSWORD), "the password itself is never stored");
    String twin = storedHash(sameAgain);
    assertNotEquals(parts[2], twin.split(":")[2], "every hash has its own salt");
    assertNotEquals(stored, twin);
  }

  @Test
  void fiveWrongPasswordsMakeTheAccountWaitAMomentButAnAttackerCannotLockItsOwnerOut() {
    String email = email("paused");
    String address = address();
    accounts.register("Paused", email, PASSWORD);
    Instant start = Instant.parse("2026-03-01T09:00:00Z");
    clock.holdAt(start);

    for (int attempt = 1; attempt <= 5; attempt++) {
      SignInResult result = signIn.signIn(email, WRONG, address);
      assertFalse(result.succeeded());
      assertTrue(
          result.pausedUntil().isEmpty(),
          "attempt " + attempt + " is answered as a plain wrong password");
    }

    SignInResult sixth = signIn.signIn(email, PASSWORD, address);
    assertFalse(sixth.succeeded(), "the right password waits too, for a moment");
    assertEquals(
        Optional.of(start.plus(WAIT_AFTER_FIVE)),
        sixth.pausedUntil(),
        "a wait of a second, not a lockout");
    Instant until = sixth.pausedUntil().orElseThrow();

    SignInResult elsewhere = signIn.signIn(email, PASSWORD, address());
    assertFalse(elsewhere.succeeded(), "the wait belongs to the account, not the address");
    assertEquals(Optional.of(until), elsewhere.pausedUntil());

    // Someone who knows the email hammers it from many addresses during the wait: nothing counts.
    clock.advance(Duration.ofMillis(500));
    for (int i = 0; i < 30; i++) {
      assertTrue(signIn.signIn(email, WRONG, address()).pausedUntil().isPresent());
    }
    assertEquals(
        Optional.of(until),
        signIn.signIn(email, PASSWORD, address).pausedUntil(),
        "the owner's wait did not grow: however many tries an attacker makes, the right password"
            + " gets in within a minute");

    clock.advance(Duration.ofMillis(500));
    assertTrue(
        signIn.signIn(email, PASSWORD, address).succeeded(),
        "once the second is over, the right password gets in");
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToAMinute() {
    String email = email("doubling");
    accounts.register("Doubling", email, PASSWORD);
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    clock.holdAt(now);
    for (int i = 0; i < 5; i++) {
      signIn.signIn(email, WRONG, address());
    }
    long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long seconds : expectedSeconds) {
      Instant until = signIn.signIn(email, PASSWORD, address()).pausedUntil().orElseThrow();
      assertEquals(Duration.ofSeconds(seconds), Duration.between(now, until));
      clock.holdAt(until);
      now = until;
      assertTrue(
          signIn.signIn(email, WRONG, address()).pausedUntil().isEmpty(),
          "the wait is over, so this try counts");
    }
  }

  @Test
  void otherAccountsFromTheSameAddressSignInUntilTheAddressReachesTwentyFailures() {
    String pausedEmail = email("noisy");
    String neighbourEmail = email("neighbour");
    String address = address();
    accounts.register("Noisy", pausedEmail, PASSWORD);
    accounts.register("Neighbour", neighbourEmail, PASSWORD);
    clock.holdAt(Instant.parse("2026-03-03T09:00:00Z"));

    for (int i = 0; i < 5; i++) {
      signIn.signIn(pausedEmail, WRONG, address);
    }
    assertTrue(
        signIn.signIn(pausedEmail, PASSWORD, address).pausedUntil().isPresent(),
        "the noisy account is paused");
    assertTrue(
        signIn.signIn(neighbourEmail, PASSWORD, address).succeeded(),
        "another account from the same address is unaffected");

    // Five failures so far from this address; unknown emails bring it to nineteen.
    for (int i = 0; i < 14; i++) {
      assertTrue(signIn.signIn(email("guess"), WRONG, address).pausedUntil().isEmpty());
    }
    assertTrue(
        signIn.signIn(neighbourEmail, PASSWORD, address).succeeded(),
        "19 failures: the address is not paused yet");

    assertTrue(
        signIn.signIn(email("guess"), WRONG, address).pausedUntil().isEmpty(),
        "the 20th failure itself is answered normally");
    SignInResult afterTwenty = signIn.signIn(neighbourEmail, PASSWORD, address);
    assertFalse(afterTwenty.succeeded(), "20 failures pause every sign-in from the address");
    assertTrue(afterTwenty.pausedUntil().isPresent());
    assertTrue(
        signIn.signIn(neighbourEmail, PASSWORD, address()).succeeded(),
        "the same account signs in from another address");
  }

  @Test
  void afterChangingThePasswordOnlyTheNewOneWorks() {
    String email = email("change");
    String address = address();
    String replacement = "a brand new passphrase";
    Account account = accounts.register("Changer", email, PASSWORD).account();

    AccountProblem wrongCurrent =
        assertThrows(
            AccountProblem.class,
            () -> accounts.changePassword(account.getId(), WRONG, replacement));
    assertEquals("current", wrongCurrent.field());
    AccountProblem tooShort =
        assertThrows(
            AccountProblem.class,
            () -> accounts.changePassword(account.getId(), PASSWORD, "short"));
    assertEquals("replacement", tooShort.field());
    assertTrue(
        signIn.signIn(email, PASSWORD, address).succeeded(),
        "refused changes leave the old password in place");

    accounts.changePassword(account.getId(), PASSWORD, replacement);

    SignInResult old = signIn.signIn(email, PASSWORD, address);
    assertFalse(old.succeeded(), "the old password stops working");
    assertTrue(old.pausedUntil().isEmpty());
    assertTrue(signIn.signIn(email, replacement, address).succeeded(), "the new password works");
    assertTrue(
        storedHash(email).startsWith("PBKDF2WithHmacSHA512:210000:"),
        "the new password is hashed the same way");
  }

  // ---------------------------------------------------------------------------------------------
  // Recovery codes

  @Test
  void theRightRecoveryCodeSetsANewPasswordEndsOtherSessionsAndIsReplaced() {
    String email = email("recover");
    String address = address();
    NewAccount created = accounts.register("Recovering", email, PASSWORD);
    String code = created.recoveryCode();
    SignedInUser before = SignedInUser.of(created.account());
    String replacement = "a passphrase found again";
    String typed = code.toLowerCase(Locale.ROOT).replace("-", " ");

    RecoveryResult result =
        recovery.recover(email.toUpperCase(Locale.ROOT), typed, replacement, address);

    assertTrue(result.succeeded(), "the code, typed in lower case with spaces, gets in");
    String fresh = result.recoveryCode().orElseThrow();
    assertTrue(fresh.matches("([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}"), fresh);
    assertNotEquals(code, fresh, "a new code to keep");
    assertTrue(signIn.signIn(email, replacement, address).succeeded(), "the new password works");
    assertFalse(signIn.signIn(email, PASSWORD, address).succeeded(), "the old one does not");
    assertTrue(signIn.stillSignedIn(before).isEmpty(), "sessions from before have ended");
    assertTrue(
        signIn.stillSignedIn(result.user().orElseThrow()).isPresent(),
        "the session that recovered carries on");
    String stored = storedRecoveryHash(email);
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), "hashed like a password");
    assertFalse(stored.contains(fresh) || stored.contains(fresh.replace("-", "")));

    RecoveryResult used = recovery.recover(email, code, "yet another passphrase", address);
    assertFalse(used.succeeded(), "the used code is refused");
    assertEquals(
        recovery.recover(email("nobody"), code, "yet another passphrase", address),
        used,
        "as any wrong code is, and an unknown email");
    assertTrue(signIn.signIn(email, replacement, address).succeeded(), "and changed nothing");
    assertTrue(recovery.recover(email, fresh, "yet another passphrase", address).succeeded());
  }

  @Test
  void aWrongCodeAndAnUnknownEmailGetTheSameAnswerAndChangeNothing() {
    String email = email("wrong-code");
    String address = address();
    NewAccount created = accounts.register("Wrong code", email, PASSWORD);
    String otherCode = accounts.register("Other", email("other"), PASSWORD).recoveryCode();

    RecoveryResult wrong = recovery.recover(email, otherCode, "a passphrase to try", address);
    RecoveryResult unknown =
        recovery.recover(email("nobody"), created.recoveryCode(), "a passphrase to try", address);
    RecoveryResult notACode =
        recovery.recover(email, "ΑΒΓΔ-ЕЖЗИ-1234-5678", "a passphrase to try", address);

    assertFalse(wrong.succeeded());
    assertEquals(wrong, unknown, "an unknown email is answered as a wrong code");
    assertEquals(wrong, notACode, "and so are lookalike letters from other scripts");
    assertTrue(wrong.pausedUntil().isEmpty());
    assertTrue(signIn.signIn(email, PASSWORD, address).succeeded(), "the password is unchanged");
    assertTrue(
        recovery.recover(email, created.recoveryCode(), "a passphrase to try", address).succeeded(),
        "and the account's own code still works");
  }

  @Test
  void recoveryTriesAreThrottledOnTheSameCountersAsSignIn() {
    String email = email("recover-paused");
    String address = address();
    NewAccount created = accounts.register("Paused recovery", email, PASSWORD);
    String wrongCode = "0000-0000-0000-0000";
    Instant start = Instant.parse("2026-03-04T09:00:00Z");
    clock.holdAt(start);

    for (int attempt = 1; attempt <= 5; attempt++) {
      RecoveryResult result = recovery.recover(email, wrongCode, "a new passphrase", address());
      assertTrue(result.pausedUntil().isEmpty(), "attempt " + attempt + " is a plain refusal");
    }
    RecoveryResult sixth =
        recovery.recover(email, created.recoveryCode(), "a new passphrase", address);
    assertFalse(sixth.succeeded(), "the right code waits a moment too");
    assertEquals(Optional.of(start.plus(WAIT_AFTER_FIVE)), sixth.pausedUntil());
    assertEquals(
        sixth.pausedUntil(),
        signIn.signIn(email, PASSWORD, address).pausedUntil(),
        "guesses at the code and at the password share one budget");

    clock.advance(WAIT_AFTER_FIVE);
    assertTrue(
        recovery.recover(email, created.recoveryCode(), "a new passphrase", address).succeeded(),
        "once the wait is over, the right code gets in");

    String crowded = address();
    for (int i = 0; i < 20; i++) {
      recovery.recover(email("guess"), wrongCode, "a new passphrase", crowded);
    }
    String neighbour = email("neighbour-recovery");
    NewAccount other = accounts.register("Neighbour", neighbour, PASSWORD);
    assertTrue(
        recovery
            .recover(neighbour, other.recoveryCode(), "a new passphrase", crowded)
            .pausedUntil()
            .isPresent(),
        "20 failures from one address pause recovery from it");
  }

  @Test
  void aNewCodeFromSettingsNeedsThePasswordAndRetiresTheOldOne() {
    String email = email("new-code");
    String address = address();
    NewAccount created = accounts.register("New code", email, PASSWORD);
    long id = created.account().getId();

    AccountProblem wrong = assertThrows(AccountProblem.class, () -> recovery.replace(id, WRONG));
    assertEquals("recoveryPassword", wrong.field());
    String fresh = recovery.replace(id, PASSWORD);

    assertNotEquals(created.recoveryCode(), fresh);
    assertFalse(
        recovery.recover(email, created.recoveryCode(), "a new passphrase", address).succeeded(),
        "the old code stops working");
    assertTrue(signIn.signIn(email, PASSWORD, address).succeeded(), "the password is unchanged");
    assertTrue(recovery.recover(email, fresh, "a new passphrase", address).succeeded());
  }

  @Test
  void theDataExportSaysWhetherACodeIsSetButHoldsNeitherTheCodeNorItsHash() {
    String email = email("export-code");
    NewAccount created = accounts.register("Exported", email, PASSWORD);

    LearnerDataService.Export export = learnerData.export(created.account().getId(), Instant.now());

    assertTrue(export.account().recoveryCodeSet());
    String everything = export.toString();
    assertFalse(everything.contains(created.recoveryCode()));
    assertFalse(everything.contains(storedRecoveryHash(email)));
    assertFalse(everything.contains("PBKDF2"), "no hash of any kind");
  }

  private String storedRecoveryHash(String email) {
    return (String)
        repository
            .entityManager()
            .createNativeQuery("SELECT recovery_code_hash FROM account WHERE email = ?")
            .setParameter(1, Account.normaliseEmail(email))
            .getSingleResult();
  }

  /**
   * Persists and commits in a transaction of its own, bypassing every check in code; returns the
   * failure, if any.
   */
  @SuppressWarnings("BanJNDI") // a fixed container name, never user input
  private Exception persistDirectly(Account account) throws Exception {
    UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
    EntityManager em = repository.entityManager();
    tx.begin();
    try {
      em.persist(account);
      em.flush();
      tx.commit();
      return null;
    } catch (Exception e) {
      return e;
    } finally {
      if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
        tx.rollback();
      }
    }
  }

  private String storedHash(String email) {
    return (String)
        repository
            .entityManager()
            .createNativeQuery("SELECT password_hash FROM account WHERE email = ?")
            .setParameter(1, Account.normaliseEmail(email))
            .getSingleResult();
  }

  private static boolean causeChainMentions(Throwable error, String text) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql
          && sql.getNextException() != null
          && causeChainMentions(sql.getNextException(), text)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" | ");
    }
    return out.toString();
  }
}
