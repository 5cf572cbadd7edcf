package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.catalog.Lesson;

/** Courses in the database, with their outlines fetched in as few round trips as a page needs. */
@ApplicationScoped
public class CourseRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public Optional<Course> findBySlug(String slug) {
    return em.createNamedQuery("Course.findBySlug", Course.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The course's lessons in reading order, each with its module: one statement. */
  public List<Lesson> lessonsInOrder(String slug) {
    return em.createQuery(
            "SELECT l FROM Lesson l JOIN FETCH l.module m WHERE l.course.slug = :slug ORDER BY"
                + " m.position, l.position",
            Lesson.class)
        .setParameter("slug", slug)
        .getResultList();
  }

  /** Slugs of the given lessons, by id, in one statement. */
  public Optional<String> courseSlugOfLesson(long lessonId) {
    return em.createQuery("SELECT l.course.slug FROM Lesson l WHERE l.id = :id", String.class)
        .setParameter("id", lessonId)
        .getResultStream()
        .findFirst();
  }

  /** The course id of each given lesson or quiz. */
  public Map<Long, Long> courseIdsOfLessons(List<Long> lessonIds) {
    Map<Long, Long> courses = new HashMap<>();
    if (lessonIds.isEmpty()) {
      return courses;
    }
    for (Object[] row :
        em.createQuery("SELECT l.id, l.course.id FROM Lesson l WHERE l.id IN :ids", Object[].class)
            .setParameter("ids", lessonIds)
            .getResultList()) {
      courses.put((Long) row[0], (Long) row[1]);
    }
    return courses;
  }

  public Map<Long, String> lessonSlugs(List<Long> lessonIds) {
    Map<Long, String> slugs = new HashMap<>();
    if (lessonIds.isEmpty()) {
      return slugs;
    }
    for (Object[] row :
        em.createQuery("SELECT l.id, l.slug FROM Lesson l WHERE l.id IN :ids", Object[].class)
            .setParameter("ids", lessonIds)
            .getResultList()) {
      slugs.put((Long) row[0], (String) row[1]);
    }
    return slugs;
  }

  public List<Course> findAll() {
    return em.createNamedQuery("Course.findAll", Course.class).getResultList();
  }

  /** Slug to revision for every course: one small query that tells caches what has changed. */
  public Map<String, Long> revisions() {
    Map<String, Long> revisions = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT c.slug, c.revision FROM Course c", Object[].class).getResultList()) {
      revisions.put((String) row[0], (Long) row[1]);
    }
    return revisions;
  }

  public Optional<Long> revisionOf(String slug) {
    return em.createNamedQuery("Course.revisionBySlug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Slug to checksum of the last successful import, to skip unchanged folders. */
  public Map<String, String> checksums() {
    Map<String, String> checksums = new HashMap<>();
    for (Object[] row : em.createNamedQuery("Course.checksums", Object[].class).getResultList()) {
      checksums.put((String) row[0], (String) row[1]);
    }
    return checksums;
  }

  public void save(Course course) {
    if (course.getId() == null) {
      em.persist(course);
    }
  }
}
