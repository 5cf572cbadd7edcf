package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.notes.PrivateNote;

/** Learners' private notes, one row per learner and lesson; every query names the learner. */
@ApplicationScoped
public class NoteRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public Optional<PrivateNote> of(long accountId, long courseId, String lessonSlug) {
    return Optional.ofNullable(
        em.find(PrivateNote.class, new PrivateNote.Key(accountId, courseId, lessonSlug)));
  }

  public List<PrivateNote> allOf(long accountId) {
    return em.createQuery(
            "SELECT n FROM PrivateNote n WHERE n.accountId = :account ORDER BY n.courseId,"
                + " n.lessonSlug",
            PrivateNote.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Inserts and flushes, so a racing first save of the same note fails here. */
  public void add(PrivateNote note) {
    em.persist(note);
    em.flush();
  }

  public void remove(PrivateNote note) {
    em.remove(note);
  }

  public void removeAllOf(long accountId) {
    em.createQuery("DELETE FROM PrivateNote n WHERE n.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
