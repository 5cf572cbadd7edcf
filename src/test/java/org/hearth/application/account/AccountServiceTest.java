package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.account.Account;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    boolean raced;

    @Override
    public Optional<Account> findByEmail(String email) {
      return email.equals(TAKEN)
          ? Optional.of(new Account(TAKEN, "Zoë", "x", Instant.EPOCH))
          : Optional.empty();
    }

    @Override
    public void add(Account account) {
      if (raced) {
        throw new PersistenceException("duplicate key uk_account_email");
      }
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

  private static final String PASSWORD = "correct horse battery";

  private AccountProblem refused(String name, String email, String password) {
    int before = repository.added.size();
    AccountProblem problem =
        assertThrows(AccountProblem.class, () -> service.register(name, email, password));
    assertEquals(before, repository.added.size(), "no account for " + name + " / " + email);
    return problem;
  }

  @Test
  void everyFieldAtFaultIsNamedAtOnceInTheFormsOrder() {
    AccountProblem problem = refused("  ", "not an address", "short");

    InvalidFields fields = assertInstanceOf(InvalidFields.class, problem);
    assertEquals(
        List.of("displayName", "email", "password"),
        fields.problems().stream().map(AccountProblem::field).toList());
    assertEquals("displayName", problem.field(), "the first problem leads");
    assertTrue(fields.problems().get(2).getMessage().contains("at least"), problem.getMessage());
    assertEquals(List.of(), hasher.hashed, "nothing is hashed for a form that cannot be used");

    AccountProblem two = refused("Amara\u200b", "amara@example.org", "short");
    assertEquals(
        List.of("displayName", "password"),
        assertInstanceOf(InvalidFields.class, two).problems().stream()
            .map(AccountProblem::field)
            .toList());
    AccountProblem one = refused("Amara", "amara@example", PASSWORD);
    assertFalse(one instanceof InvalidFields, "one problem is just that problem");
    assertEquals("email", one.field());
  }

  @Test
  void namesInEveryScriptAreKeptAsTypedLessSurroundingSpace() {
    for (String name : RealText.readable()) {
      if (name.strip().length() > Account.MAX_DISPLAY_NAME_LENGTH || name.contains("\t")) {
        continue;
      }
      String email = "learner" + repository.added.size() + "@example.org";

      Account account = service.register(name, email, PASSWORD).account();

      assertEquals(name.strip(), account.getDisplayName(), name);
    }
    assertTrue(repository.added.size() > 20, "most samples are plain names: " + repository.added);
  }

  @Test
  void aNameMustBeGiven() {
    for (String blank : new String[] {null, "", "   ", "\n"}) {
      AccountProblem problem = refused(blank, "amara@example.org", PASSWORD);

      assertEquals("displayName", problem.field());
      assertEquals(
          "Please choose a name to be called by. A nickname is fine.", problem.getMessage());
    }
  }

  @Test
  void aNameMayBeSixtyCharactersButNotSixtyOne() {
    String sixty = "Ngũgĩ wa Thiong’o ".repeat(4).substring(0, 59) + "o";
    assertEquals(60, sixty.strip().length());

    assertEquals(
        sixty.strip(),
        service.register(sixty, "n@example.org", PASSWORD).account().getDisplayName());
    AccountProblem problem = refused(sixty + "x", "m@example.org", PASSWORD);
    assertEquals("displayName", problem.field());
    assertTrue(problem.getMessage().contains("60 characters or fewer"), problem.getMessage());
  }

  @Test
  void aNameHidingCharactersThatCouldDeceiveAReaderIsRefusedWithTheReason() {
    for (String deceptive : RealText.deceptive()) {
      AccountProblem problem = refused(deceptive, "amara@example.org", PASSWORD);

      assertEquals("displayName", problem.field());
      assertTrue(problem.getMessage().startsWith("The name "), problem.getMessage());
      assertTrue(problem.getMessage().endsWith("without that character."), problem.getMessage());
    }
    assertEquals(List.of(), hasher.hashed, "refused before any hashing");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "amara",
        "amara@example",
        "amara@@example.org",
        "amara okafor@example.org",
        "@example.org",
        "amara@example.org, jose@example.org"
      })
  void somethingThatIsNotAnEmailAddressIsRefusedWithAnExample(String email) {
    AccountProblem problem = refused("Amara", email, PASSWORD);

    assertEquals("email", problem.field());
    assertTrue(problem.getMessage().contains("name@example.org"), problem.getMessage());
  }

  @Test
  void anEmailMayBe254CharactersLongWithA64CharacterLocalPart() {
    String local = "a".repeat(64);
    String domain = "b".repeat(254 - 64 - 1 - 4) + ".org";
    String longest = local + "@" + domain;
    assertEquals(254, longest.length());

    service.register("Amara", "  " + longest + " ", PASSWORD);

    assertEquals(longest, repository.added.get(0).getEmail(), "kept without the spaces around it");
    assertEquals("email", refused("Amara", "c" + longest, PASSWORD).field(), "255 characters");
    assertEquals("email", refused("Amara", "a" + local + "@example.org", PASSWORD).field());
  }

  @Test
  void aPasswordOfTwelveCharactersIsEnoughAndElevenIsNot() {
    AccountProblem problem = refused("Amara", "amara@example.org", "eleven char");

    assertEquals("password", problem.field());
    assertTrue(problem.getMessage().contains("at least 12 characters"), problem.getMessage());
    assertEquals("password", refused("Amara", "amara@example.org", null).field());
    assertEquals(List.of(), hasher.hashed, "a refused password is never hashed");
    service.register("Amara", "amara@example.org", "twelve chars");
    assertEquals("twelve chars", hasher.hashed.get(0));
  }

  @Test
  void aPasswordOfAThousandCharactersIsTakenButNotLonger() {
    String thousand = "🌧️ rain ".repeat(200).substring(0, 1000);

    service.register("Amara", "amara@example.org", thousand);
    AccountProblem problem = refused("Zoë", "zoe@example.org", thousand + "x");

    assertEquals("password", problem.field());
    assertEquals("Please use at most 1000 characters.", problem.getMessage());
  }

  @Test
  void aRegistrationThatLosesTheRaceForAnEmailIsToldItIsTaken() {
    repository.raced = true;

    AccountProblem problem = refused("Amara", "amara@example.org", PASSWORD);

    assertEquals("email", problem.field());
    assertTrue(problem.getMessage().contains("you can sign in instead"), problem.getMessage());
  }

  @Test
  void theNewAccountDescribedInALogNeverShowsItsCode() {
    NewAccount created = service.register("Amara", "amara@example.org", PASSWORD);

    assertEquals("NewAccount[null]", created.toString(), "only the id, not yet given here");
  }
}
