package org.hearth.web.notes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hearth.application.notes.NoteService;
import org.hearth.application.notes.NoteService.CourseNotes;
import org.hearth.web.account.CurrentUser;

/** /my-notes: every private note of the signed-in learner, by course and lesson. */
@Named
@RequestScoped
public class MyNotesPage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject CurrentUser viewer;
  @Inject NoteService notes;

  private List<CourseNotes> courses;

  public List<CourseNotes> getCourses() {
    if (courses == null) {
      courses = notes.all(viewer.require());
    }
    return courses;
  }

  public String when(Instant at) {
    return WHEN.format(at);
  }
}
