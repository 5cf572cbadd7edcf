package org.hearth.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.hearth.domain.catalog.Course;
import org.hearth.infrastructure.persistence.CourseRepository;

/**
 * Stores a valid course read from its source in the database, as the version learners read (the
 * catalog's {@code Course} rows), in its own transaction or the caller's: learners see the whole
 * new version or, if anything fails, the whole previous one.
 */
@ApplicationScoped
public class PublishedCourseStore {

  @Inject CourseRepository courses;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void save(CourseSource source) {
    apply(source);
  }

  /** Writes the course as part of the caller's transaction, as a publish does with its version. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(CourseSource source) {
    Course course =
        courses
            .findBySlug(source.folder().slug())
            .orElseGet(() -> new Course(source.folder().slug()));
    course.revise(source.details(), source.modules(), source.folder().checksum(), clock.instant());
    courses.save(course);
  }
}
