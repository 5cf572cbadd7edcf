package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.quiz.QuestionResult;
import org.hearth.domain.quiz.QuizAttempt;
import org.hearth.domain.quiz.QuizDraft;

/** Quiz attempts, their per-question results, and answers in progress. */
@ApplicationScoped
public class QuizRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  /** Figures for one quiz: attempts, learners who tried, learners who passed. */
  public record QuizFigures(long lessonId, long attempts, long learners, long learnersPassed) {}

  /** Item difficulty: the average credit of one question over every attempt, 0–1. */
  public record QuestionFigures(
      long lessonId, String questionKey, double averageCredit, long answered) {}

  public List<QuizAttempt> attempts(long accountId, long lessonId) {
    return em.createNamedQuery("QuizAttempt.of", QuizAttempt.class)
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .getResultList();
  }

  public List<QuizAttempt> allAttemptsOf(long accountId) {
    return em.createNamedQuery("QuizAttempt.allOf", QuizAttempt.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<QuizAttempt> byToken(String token) {
    return em.createNamedQuery("QuizAttempt.byToken", QuizAttempt.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the learner's enrolment row until the transaction ends, so one learner's submissions to a
   * course are counted one at a time.
   */
  public Optional<Enrolment> lockEnrolment(long accountId, long courseId) {
    return em.createNamedQuery("Enrolment.find", Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("course", courseId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Inserts the attempt and its per-question credits; flushes so a duplicate fails here. */
  public void add(QuizAttempt attempt, List<QuestionResult> results) {
    em.persist(attempt);
    em.flush();
    for (QuestionResult result : results) {
      em.createNativeQuery(
              "INSERT INTO quiz_question_result (attempt_id, question_key, credit) VALUES (?, ?,"
                  + " ?)")
          .setParameter(1, attempt.getId())
          .setParameter(2, result.key())
          .setParameter(
              3,
              java.math.BigDecimal.valueOf(result.credit())
                  .setScale(4, java.math.RoundingMode.HALF_UP))
          .executeUpdate();
    }
  }

  /** Each question's credit in one attempt, by question key. */
  public java.util.Map<String, Double> credits(long attemptId) {
    java.util.Map<String, Double> credits = new java.util.HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT question_key, credit FROM quiz_question_result WHERE attempt_id = ?")
            .setParameter(1, attemptId)
            .getResultList();
    for (Object[] row : rows) {
      credits.put((String) row[0], ((Number) row[1]).doubleValue());
    }
    return credits;
  }

  public Optional<QuizDraft> draft(long accountId, long lessonId) {
    return Optional.ofNullable(em.find(QuizDraft.class, new QuizDraft.Key(accountId, lessonId)));
  }

  public List<QuizDraft> allDraftsOf(long accountId) {
    return em.createQuery("SELECT d FROM QuizDraft d WHERE d.accountId = :account", QuizDraft.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public void add(QuizDraft draft) {
    em.persist(draft);
    em.flush();
  }

  public void removeDraft(long accountId, long lessonId) {
    em.createQuery("DELETE FROM QuizDraft d WHERE d.accountId = :account AND d.lessonId = :lesson")
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .executeUpdate();
  }

  public List<QuizFigures> figures(long courseId) {
    List<QuizFigures> figures = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT lesson_id, COUNT(*), COUNT(DISTINCT account_id),"
                    + " COUNT(DISTINCT CASE WHEN passed THEN account_id END)"
                    + " FROM quiz_attempt WHERE course_id = ? GROUP BY lesson_id")
            .setParameter(1, courseId)
            .getResultList();
    for (Object[] row : rows) {
      figures.add(new QuizFigures(number(row[0]), number(row[1]), number(row[2]), number(row[3])));
    }
    return figures;
  }

  public List<QuestionFigures> questionFigures(long courseId) {
    List<QuestionFigures> figures = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.lesson_id, r.question_key, AVG(r.credit), COUNT(*)"
                    + " FROM quiz_question_result r JOIN quiz_attempt a ON a.id = r.attempt_id"
                    + " WHERE a.course_id = ? GROUP BY a.lesson_id, r.question_key")
            .setParameter(1, courseId)
            .getResultList();
    for (Object[] row : rows) {
      figures.add(
          new QuestionFigures(
              number(row[0]), (String) row[1], ((Number) row[2]).doubleValue(), number(row[3])));
    }
    return figures;
  }

  /** Removes every attempt and draft of an account (their per-question rows go with them). */
  public void removeAllOf(long accountId) {
    em.createNativeQuery(
            "DELETE FROM quiz_question_result WHERE attempt_id IN (SELECT id FROM quiz_attempt"
                + " WHERE account_id = ?)")
        .setParameter(1, accountId)
        .executeUpdate();
    em.createQuery("DELETE FROM QuizAttempt a WHERE a.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
    em.createQuery("DELETE FROM QuizDraft d WHERE d.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
