package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.worksheet.WorksheetAnswer;

/** Learners' worksheet answers, one row per field. */
@ApplicationScoped
public class WorksheetRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public List<WorksheetAnswer> answers(long accountId, long lessonId) {
    return em.createQuery(
            "SELECT a FROM WorksheetAnswer a WHERE a.accountId = :account AND a.lessonId = :lesson",
            WorksheetAnswer.class)
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .getResultList();
  }

  public List<WorksheetAnswer> allAnswersOf(long accountId) {
    return em.createQuery(
            "SELECT a FROM WorksheetAnswer a WHERE a.accountId = :account ORDER BY a.lessonId,"
                + " a.fieldName",
            WorksheetAnswer.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<WorksheetAnswer> answer(long accountId, long lessonId, String fieldName) {
    return Optional.ofNullable(
        em.find(WorksheetAnswer.class, new WorksheetAnswer.Key(accountId, lessonId, fieldName)));
  }

  /** Inserts and flushes, so a racing insert of the same field fails here, on the primary key. */
  public void add(WorksheetAnswer answer) {
    em.persist(answer);
    em.flush();
  }

  public void remove(WorksheetAnswer answer) {
    em.remove(answer);
  }

  public int clear(long accountId, long lessonId) {
    return em.createQuery(
            "DELETE FROM WorksheetAnswer a WHERE a.accountId = :account AND a.lessonId = :lesson")
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .executeUpdate();
  }

  public void removeAllOf(long accountId) {
    em.createQuery("DELETE FROM WorksheetAnswer a WHERE a.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }

  /** How many learners wrote anything in each worksheet of a course, by item id. Counts only. */
  public Map<Long, Long> learnersWithAnswers(long courseId) {
    Map<Long, Long> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.lesson_id, COUNT(DISTINCT a.account_id) FROM worksheet_answer a JOIN"
                    + " lesson l ON l.id = a.lesson_id WHERE l.course_id = ? GROUP BY a.lesson_id")
            .setParameter(1, courseId)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
