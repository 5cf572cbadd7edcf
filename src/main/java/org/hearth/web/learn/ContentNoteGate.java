package org.hearth.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.hearth.application.progress.ContentNotes;
import org.hearth.web.account.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * A lesson's content note, shown before the lesson with "Continue to the lesson" and "Not now". A
 * signed-in learner who continues is not shown it again; a visitor continues with {@code
 * ?note=read} in the address, and sees the note again next time.
 */
@Named
@RequestScoped
public class ContentNoteGate {

  /** The address parameter, {@code note=read}, that opens the lesson past its note. */
  static final String PARAMETER = "note";

  @Inject LessonPage lessonPage;
  @Inject CurrentUser viewer;
  @Inject ContentNotes notes;

  private Boolean due;

  /** Whether the page shows the note instead of the lesson. */
  public boolean isDue() {
    if (due == null) {
      due =
          lessonPage.getLesson() != null
              && lessonPage.getLesson().hasContentNote()
              && !"read".equals(Faces.getRequestParameter(PARAMETER))
              && viewer
                  .user()
                  .map(u -> notes.due(u, lessonPage.getCourse(), lessonPage.getLesson()))
                  .orElse(true);
    }
    return due;
  }

  /** "Continue to the lesson", for a signed-in learner: remembered, then the lesson itself. */
  public void continueToLesson() throws IOException {
    if (!lessonPage.checkAccess() || viewer.user().isEmpty()) {
      return;
    }
    notes.passed(viewer.require(), lessonPage.getCourse(), lessonPage.getLesson());
    Faces.redirect(
        Faces.getRequestContextPath()
            + "/learn/"
            + lessonPage.getCourse().slug()
            + "/"
            + lessonPage.getLesson().slug());
  }
}
