package org.hearth.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.progress.LessonCompletion;
import org.hearth.infrastructure.persistence.ProgressRepository;

/** The transactional writes, in their own bean so each runs in a fresh transaction. */
@ApplicationScoped
public class ProgressWrites {

  @Inject ProgressRepository progress;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insertCompletion(LessonCompletion completion) {
    progress.add(completion);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isCompleted(long accountId, long lessonId) {
    return progress.isCompleted(accountId, lessonId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markCourseCompleted(long accountId, long courseId, java.time.Instant at) {
    progress.enrolment(accountId, courseId).ifPresent(e -> e.completed(at));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordViewed(long accountId, long courseId, String lessonSlug) {
    progress
        .enrolment(accountId, courseId)
        .filter(Enrolment::isActive)
        .ifPresent(e -> e.viewed(lessonSlug));
  }
}
