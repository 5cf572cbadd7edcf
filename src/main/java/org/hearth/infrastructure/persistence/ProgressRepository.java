package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.progress.LessonCompletion;

/** Enrolments and lesson completions, read the way pages need them. */
@ApplicationScoped
public class ProgressRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  /** A learner's enrolment state and completed lessons in one course, in one statement. */
  public record Snapshot(
      boolean exists,
      boolean active,
      String lastLessonSlug,
      Instant completedAt,
      Set<Long> completedLessonIds) {}

  public Snapshot snapshot(long accountId, long courseId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.active, e.last_lesson_slug, e.completed_at, c.lesson_id"
                    + " FROM enrolment e LEFT JOIN lesson_completion c"
                    + " ON c.account_id = e.account_id AND c.course_id = e.course_id"
                    + " WHERE e.account_id = ? AND e.course_id = ?")
            .setParameter(1, accountId)
            .setParameter(2, courseId)
            .getResultList();
    if (rows.isEmpty()) {
      return new Snapshot(false, false, null, null, Set.of());
    }
    Object[] first = rows.get(0);
    Set<Long> completed = new HashSet<>();
    for (Object[] row : rows) {
      if (row[3] != null) {
        completed.add(((Number) row[3]).longValue());
      }
    }
    return new Snapshot(true, truthy(first[0]), (String) first[1], instant(first[2]), completed);
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime t) {
      return java.sql.Timestamp.valueOf(t).toInstant();
    }
    return null;
  }

  public Optional<Enrolment> enrolment(long accountId, long courseId) {
    return em.createNamedQuery("Enrolment.find", Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }

  public List<Enrolment> activeEnrolments(long accountId) {
    return em.createNamedQuery("Enrolment.activeOf", Enrolment.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public List<Enrolment> allEnrolments(long accountId) {
    return em.createQuery("SELECT e FROM Enrolment e WHERE e.accountId = :account", Enrolment.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public void add(Enrolment enrolment) {
    em.persist(enrolment);
    em.flush();
  }

  /** Inserts and flushes, so a duplicate completion fails here, on the unique constraint. */
  public void add(LessonCompletion completion) {
    em.persist(completion);
    em.flush();
  }

  public boolean isCompleted(long accountId, long lessonId) {
    return !em.createQuery(
            "SELECT c.id FROM LessonCompletion c WHERE c.accountId = :account AND c.lessonId ="
                + " :lesson",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .getResultList()
        .isEmpty();
  }

  public List<LessonCompletion> completions(long accountId) {
    return em.createQuery(
            "SELECT c FROM LessonCompletion c WHERE c.accountId = :account ORDER BY c.completedAt",
            LessonCompletion.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public long countCompletions(long accountId, long lessonId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM LessonCompletion c WHERE c.accountId = :account AND c.lessonId ="
                + " :lesson",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("lesson", lessonId)
        .getSingleResult();
  }

  /** Active enrolments per course id. */
  public Map<Long, Long> activeEnrolmentCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.courseId, COUNT(e) FROM Enrolment e WHERE e.active = TRUE GROUP BY"
                    + " e.courseId",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** How many learners completed each lesson of a course, by lesson id. */
  public Map<Long, Long> completionCounts(long courseId) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.lessonId, COUNT(c) FROM LessonCompletion c WHERE c.courseId = :course"
                    + " GROUP BY c.lessonId",
                Object[].class)
            .setParameter("course", courseId)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  public long completedCourseCount(long courseId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM Enrolment e WHERE e.courseId = :course AND e.completedAt IS NOT"
                + " NULL",
            Long.class)
        .setParameter("course", courseId)
        .getSingleResult();
  }

  /** Removes every enrolment and completion of an account. */
  public void removeAllOf(long accountId) {
    em.createQuery("DELETE FROM LessonCompletion c WHERE c.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
    em.createQuery("DELETE FROM Enrolment e WHERE e.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
