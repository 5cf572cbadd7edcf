package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.account.Account;
import org.hearth.infrastructure.persistence.AccountRepository;
import org.hearth.infrastructure.persistence.CertificateRepository;
import org.hearth.infrastructure.persistence.NoteRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;
import org.hearth.infrastructure.persistence.QuizRepository;
import org.hearth.infrastructure.persistence.WorksheetRepository;
import org.junit.jupiter.api.Test;

/**
 * Deleting an account asks every store of learner data to forget it, and the sign-in counter kept
 * under its email too. (EnrolmentProgressIT, QuizIT and WorksheetIT check the rows are gone from a
 * real database.)
 */
class LearnerDataServiceTest {

  private final List<String> removed = new ArrayList<>();
  private final LearnerDataService service = new LearnerDataService();
  private final Account account =
      new Account("Ṣadé.Adúnní@example.org", "Ṣadé Adúnní", "hash", Instant.EPOCH);

  LearnerDataServiceTest() {
    service.worksheets =
        new WorksheetRepository() {
          @Override
          public void removeAllOf(long accountId) {
            removed.add("worksheet answers of " + accountId);
          }
        };
    service.notes =
        new NoteRepository() {
          @Override
          public void removeAllOf(long accountId) {
            removed.add("notes of " + accountId);
          }
        };
    service.certificateRows =
        new CertificateRepository() {
          @Override
          public void removeAllOf(long accountId) {
            removed.add("certificates of " + accountId);
          }
        };
    service.quizzes =
        new QuizRepository() {
          @Override
          public void removeAllOf(long accountId) {
            removed.add("quiz attempts and drafts of " + accountId);
          }
        };
    service.progress =
        new ProgressRepository() {
          @Override
          public void removeAllOf(long accountId) {
            removed.add("enrolments and completions of " + accountId);
          }
        };
    service.accounts =
        new AccountRepository() {
          @Override
          public Optional<Account> findById(long id) {
            return id == 12 ? Optional.of(account) : Optional.empty();
          }

          @Override
          public void remove(Account gone) {
            removed.add("account " + gone.getEmail());
          }
        };
    service.throttles =
        new SignInThrottles() {
          @Override
          public void clearWithin(String key) {
            removed.add(key.equals(accountKey(account.getEmail())) ? "its sign-in counter" : key);
          }
        };
  }

  @Test
  void deletingAnAccountForgetsItInEveryStore() {
    service.delete(12);

    assertEquals(
        List.of(
            "worksheet answers of 12",
            "notes of 12",
            "certificates of 12",
            "quiz attempts and drafts of 12",
            "enrolments and completions of 12",
            "its sign-in counter",
            "account ṣadé.adúnní@example.org"),
        removed);
  }

  @Test
  void deletingAnAccountAlreadyGoneStillClearsWhatMightRemain() {
    service.delete(13);

    assertEquals(5, removed.size(), removed.toString());
    assertEquals("enrolments and completions of 13", removed.get(4));
  }
}
