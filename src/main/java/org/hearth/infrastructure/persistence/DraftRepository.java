package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.CourseVersion;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.domain.authoring.VersionSummary;

/** Course drafts, their files and their published versions. */
@ApplicationScoped
public class DraftRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public Optional<CourseDraft> bySlug(String slug) {
    return em.createNamedQuery("CourseDraft.bySlug", CourseDraft.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * The draft, locked until the transaction ends: edits, publishes and syncs of one course queue
   * up.
   */
  public Optional<CourseDraft> lockBySlug(String slug) {
    return em.createNamedQuery("CourseDraft.bySlug", CourseDraft.class)
        .setParameter("slug", slug)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public List<CourseDraft> all() {
    return em.createNamedQuery("CourseDraft.all", CourseDraft.class).getResultList();
  }

  public void add(CourseDraft draft) {
    em.persist(draft);
    em.flush();
  }

  public List<DraftFile> files(long draftId) {
    return em.createNamedQuery("DraftFile.of", DraftFile.class)
        .setParameter("draft", draftId)
        .getResultList();
  }

  public Optional<DraftFile> file(long draftId, String path) {
    return em.createNamedQuery("DraftFile.byPath", DraftFile.class)
        .setParameter("draft", draftId)
        .setParameter("path", path)
        .getResultStream()
        .findFirst();
  }

  public void addFile(DraftFile file) {
    em.persist(file);
  }

  public void removeFile(DraftFile file) {
    em.remove(file);
  }

  /** Deletes every file of the draft, for a sync, an import or a restore that replaces them all. */
  public void removeFiles(long draftId) {
    em.createQuery("DELETE FROM DraftFile f WHERE f.draftId = :draft")
        .setParameter("draft", draftId)
        .executeUpdate();
  }

  public void flush() {
    em.flush();
  }

  /** Versions newest first, without their archives. */
  public List<VersionSummary> versions(long draftId) {
    return em.createQuery(
            "SELECT NEW org.hearth.domain.authoring.VersionSummary(v.number, v.publishedAt,"
                + " v.publishedBy, v.summary, v.checksum) FROM CourseVersion v WHERE v.draftId ="
                + " :draft ORDER BY v.number DESC",
            VersionSummary.class)
        .setParameter("draft", draftId)
        .getResultList();
  }

  public Optional<CourseVersion> version(long draftId, int number) {
    return em.createQuery(
            "SELECT v FROM CourseVersion v WHERE v.draftId = :draft AND v.number = :number",
            CourseVersion.class)
        .setParameter("draft", draftId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public Optional<CourseVersion> latestVersion(long draftId) {
    return em.createQuery(
            "SELECT v FROM CourseVersion v WHERE v.draftId = :draft ORDER BY v.number DESC",
            CourseVersion.class)
        .setParameter("draft", draftId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The newest version number of the course with this slug, or 0 before its first publish. */
  public int latestNumber(String slug) {
    Integer number =
        em.createQuery(
                "SELECT MAX(v.number) FROM CourseVersion v, CourseDraft d WHERE v.draftId = d.id"
                    + " AND d.slug = :slug",
                Integer.class)
            .setParameter("slug", slug)
            .getSingleResult();
    return number == null ? 0 : number;
  }

  public void addVersion(CourseVersion version) {
    em.persist(version);
  }
}
