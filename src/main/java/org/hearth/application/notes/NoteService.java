package org.hearth.application.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.notes.PrivateNote;
import org.hearth.infrastructure.persistence.NoteRepository;

/**
 * Private notes: what a learner writes for themselves beside a lesson they can open. Every method
 * takes the signed-in learner and reads or writes only their own notes; nothing here lets anyone
 * else, instructor or administrator, read a note.
 */
@ApplicationScoped
public class NoteService {

  @Inject NoteRepository notes;
  @Inject NoteWrites writes;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;
  @Inject CourseCatalog catalog;
  @Inject Clock clock;

  /** One course's notes, lessons in the course's order (notes on lessons since removed last). */
  public record CourseNotes(String courseSlug, String courseTitle, List<PrivateNote> notes) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PrivateNote> of(SignedInUser learner, CourseView course, LessonView lesson) {
    return notes.of(learner.id(), course.id(), lesson.slug());
  }

  /**
   * Keeps the note exactly as written (a blank one removes it) and answers when. Refused, with a
   * message, when the lesson is not open to the learner or the note is too long.
   */
  public Instant save(SignedInUser learner, CourseView course, LessonView lesson, String text) {
    String body = text == null ? "" : text;
    if (body.length() > PrivateNote.MAX_LENGTH) {
      throw new NoteProblem(
          "This note is "
              + body.length()
              + " characters long; a note holds up to "
              + PrivateNote.MAX_LENGTH
              + ". Please split it, or keep part of it elsewhere.");
    }
    Optional<SignedInUser> who = Optional.of(learner);
    if (enrolments.access(who, course, lesson, progress.of(who, course)) != LessonAccess.OPEN) {
      throw new NoteProblem(
          "Notes can be kept on lessons you can open. Enrol in the course first.");
    }
    Instant now = clock.instant();
    try {
      writes.write(learner.id(), course.id(), lesson.slug(), lesson.title(), body, now);
    } catch (RuntimeException raced) {
      // Another tab saved this note's first version at the same moment: write over it once.
      writes.write(learner.id(), course.id(), lesson.slug(), lesson.title(), body, now);
    }
    return now;
  }

  /** Every note of the learner, by course, for the "My notes" page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CourseNotes> all(SignedInUser learner) {
    Map<Long, List<PrivateNote>> byCourse = new LinkedHashMap<>();
    for (PrivateNote note : notes.allOf(learner.id())) {
      byCourse.computeIfAbsent(note.getCourseId(), id -> new ArrayList<>()).add(note);
    }
    Map<Long, CourseView> courses = new LinkedHashMap<>();
    catalog.all().forEach(course -> courses.put(course.id(), course));
    List<CourseNotes> all = new ArrayList<>();
    byCourse.forEach(
        (courseId, courseNotes) -> {
          CourseView course = courses.get(courseId);
          List<String> order =
              course == null ? List.of() : course.lessons().stream().map(LessonView::slug).toList();
          courseNotes.sort((a, b) -> Integer.compare(rank(order, a), rank(order, b)));
          all.add(
              new CourseNotes(
                  course == null ? null : course.slug(),
                  course == null ? "A course no longer published" : course.title(),
                  List.copyOf(courseNotes)));
        });
    return all;
  }

  private static int rank(List<String> order, PrivateNote note) {
    int at = order.indexOf(note.getLessonSlug());
    return at < 0 ? Integer.MAX_VALUE : at;
  }
}
