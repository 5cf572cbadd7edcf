package org.hearth.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.domain.progress.ContentNoteRead;

/**
 * Which lessons' content notes a learner has gone past with "Continue to the lesson", so each note
 * is shown to them once. Visitors who are not signed in see the note every time.
 */
@ApplicationScoped
public class ContentNotes {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  @Inject Clock clock;

  /** Whether the lesson opens with its note for this learner: it has one they have not passed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean due(SignedInUser learner, CourseView course, LessonView lesson) {
    return lesson.hasContentNote()
        && em.find(
                ContentNoteRead.class,
                new ContentNoteRead.Key(learner.id(), course.id(), lesson.slug()))
            == null;
  }

  /** "Continue to the lesson": remembered, and harmless when repeated. */
  @Transactional
  public void passed(SignedInUser learner, CourseView course, LessonView lesson) {
    ContentNoteRead.Key key = new ContentNoteRead.Key(learner.id(), course.id(), lesson.slug());
    if (em.find(ContentNoteRead.class, key) == null) {
      em.persist(new ContentNoteRead(learner.id(), course.id(), lesson.slug(), clock.instant()));
    }
  }
}
