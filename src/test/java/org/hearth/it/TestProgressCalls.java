package org.hearth.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;

/**
 * Calls {@link ProgressService#complete} for {@link EnrolmentProgressIT}'s concurrency test, one
 * call per worker thread, as separate HTTP requests would. Each EJB call is a container invocation
 * of its own, so each gets its own non-transactional EntityManager. Worker threads calling the
 * service directly would all inherit the test request's invocation, whose EntityManager Payara
 * shares between them (EclipseLink's EntityManager is not thread-safe), which no real request ever
 * does. No transaction, so the service runs exactly as it does for a page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestProgressCalls {

  @Inject ProgressService progress;

  public CourseProgress complete(SignedInUser learner, CourseView course, LessonView lesson) {
    return progress.complete(learner, course, lesson);
  }
}
