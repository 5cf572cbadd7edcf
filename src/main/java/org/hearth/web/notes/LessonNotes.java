package org.hearth.web.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.notes.NoteProblem;
import org.hearth.application.notes.NoteService;
import org.hearth.domain.notes.PrivateNote;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.learn.LessonPage;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The "My private notes" box under a lesson, for a signed-in reader: what they wrote before, and
 * "Save note" for when scripts are off (with scripts the note saves itself as they write).
 */
@Named
@RequestScoped
public class LessonNotes {

  @Inject CurrentUser viewer;
  @Inject LessonPage lessonPage;
  @Inject NoteService notes;

  private String text;

  public boolean isShown() {
    return viewer.user().isPresent() && lessonPage.getLesson() != null;
  }

  /** The note as last saved, or what was just posted; empty when there is none. */
  public String getText() {
    if (text == null) {
      Object known = Faces.getRequestAttribute(LessonPage.NOTE);
      text =
          known instanceof String read
              ? read
              : isShown()
                  ? notes
                      .of(viewer.require(), lessonPage.getCourse(), lessonPage.getLesson())
                      .map(PrivateNote::getBody)
                      .orElse("")
                  : "";
    }
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text;
  }

  public int getMaxLength() {
    return PrivateNote.MAX_LENGTH;
  }

  /** "Save note" without scripts: keeps it and comes back to the lesson, which says so. */
  public void save() throws IOException {
    if (!lessonPage.checkAccess() || viewer.user().isEmpty()) {
      return;
    }
    CourseView course = lessonPage.getCourse();
    LessonView lesson = lessonPage.getLesson();
    try {
      notes.save(viewer.require(), course, lesson, getText());
    } catch (NoteProblem problem) {
      Messages.addGlobalError(problem.getMessage());
      return;
    }
    NextPageNotice.info(getText().isBlank() ? "Your note is cleared." : "Your note is saved.");
    Faces.redirect(
        Faces.getRequestContextPath() + "/learn/" + course.slug() + "/" + lesson.slug() + "#notes");
  }
}
