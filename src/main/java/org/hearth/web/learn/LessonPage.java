package org.hearth.web.learn;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.catalog.CourseRoute;
import org.hearth.web.shared.Counted;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.Pages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A lesson (/learn/{course}/{lesson}) with its outline, previous/next links and "Mark as complete".
 * Access is decided on the server for every request, postbacks included; someone who may not read
 * the lesson is sent to the course page and never receives its text.
 */
@Named
@RequestScoped
public class LessonPage {

  private static final Counted COUNTED = new Counted();

  /**
   * Request attribute with the reader's {@link CourseProgress} already read for this request (by
   * {@link LessonPageCache}), so the page is drawn from the same progress as its cache key.
   */
  static final String PROGRESS = "hearth.lesson.progress";

  /**
   * Request attribute with the reader's private note on this lesson ("" for none), already read by
   * {@link LessonPageCache}, so the notes box does not read it again.
   */
  public static final String NOTE = "hearth.lesson.note";

  @Inject CourseRoute route;
  @Inject CurrentUser viewer;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progressService;

  /** Only quiz items use it; a lesson view never creates the bean. */
  @Inject QuizPage quizPage;

  private CourseView course;
  private LessonView lesson;
  private CourseProgress progress;

  /** Runs on every request, GET or POST, before anything is rendered or changed. */
  public void load() throws IOException {
    if (allowed() && viewer.user().isPresent()) {
      progressService.viewed(viewer.require(), progress, lesson);
      if (lesson.isQuiz()) {
        quizPage.load();
      }
    }
  }

  /**
   * For actions on the page (a quiz's submit): the same check as a page view, redirect included.
   */
  public boolean checkAccess() throws IOException {
    return allowed();
  }

  /**
   * Finds the lesson and checks the viewer may read it; otherwise answers 404 or turns them away.
   */
  private boolean allowed() throws IOException {
    if (!resolve()) {
      return false;
    }
    LessonAccess access = enrolments.access(viewer.user(), course, lesson, progress);
    if (access != LessonAccess.OPEN) {
      turnAway(access);
      return false;
    }
    return true;
  }

  /**
   * Looks the lesson up once per request, before any part of the page (or a postback) asks for it.
   */
  @PostConstruct
  void lookUp() {
    if (route.hasSegmentsBeyond(2)) {
      return;
    }
    course = route.getCourse();
    lesson = course == null ? null : course.lesson(route.getItemSlug()).orElse(null);
    if (lesson != null) {
      Object known = Faces.getRequestAttribute(PROGRESS);
      progress =
          known instanceof CourseProgress read && read.course() == course
              ? read
              : progressService.of(viewer.user(), course);
    }
  }

  private boolean resolve() {
    if (lesson == null) {
      Pages.notFound();
      return false;
    }
    return true;
  }

  /**
   * Sends someone who may not read the lesson to the course page, which says why (see CoursePage).
   */
  private void turnAway(LessonAccess access) throws IOException {
    Faces.redirect(
        Faces.getRequestContextPath()
            + "/course/"
            + course.slug()
            + "?reason="
            + access.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** "Mark as complete": committed before the page says so, and harmless if repeated. */
  public void markComplete() throws IOException {
    if (!allowed()) {
      return;
    }
    if (lesson.isQuiz()) {
      Messages.addGlobalError(
          "A quiz counts as complete once you pass it, or for a self-check, once you submit it.");
      return;
    }
    if (viewer.user().isEmpty() || !progress.enrolled()) {
      Messages.addGlobalInfo(
          "Progress is saved for enrolled learners. Enrol in the course to keep track of where you"
              + " are.");
      return;
    }
    CourseProgress after = progressService.complete(viewer.require(), course, lesson);
    if (after.isCourseComplete()) {
      Faces.redirect(Faces.getRequestContextPath() + "/finished/" + course.slug());
      return;
    }
    // One word for every item a learner goes through, as the catalog and course page count them;
    // "required" only when some are optional, so the two numbers never seem to disagree.
    NextPageNotice.info(
        "Marked as {0}. You have finished {1} of {2}.",
        lesson.kind() == ItemKind.WORKSHEET ? "done" : "complete",
        after.requiredDone(),
        after.requiredTotal() == course.lessonCount()
            ? COUNTED.of(after.requiredTotal(), "lesson", "lessons")
            : COUNTED.of(after.requiredTotal(), "required lesson", "required lessons"));
    Faces.redirect(Faces.getRequestContextPath() + "/learn/" + course.slug() + "/" + lesson.slug());
  }

  public CourseView getCourse() {
    return course;
  }

  public LessonView getLesson() {
    return lesson;
  }

  public CourseProgress getProgress() {
    return progress;
  }

  public org.hearth.application.catalog.ModuleView getModule() {
    return course.modules().stream()
        .filter(m -> m.lessons().contains(lesson))
        .findFirst()
        .orElseThrow();
  }

  public boolean isDone() {
    return progress.isDone(lesson);
  }

  public boolean isLocked(LessonView other) {
    return progress.enrolled() && !progress.isUnlocked(other);
  }

  public LessonView getPrevious() {
    return course.previous(lesson).orElse(null);
  }

  public LessonView getNext() {
    return course.next(lesson).orElse(null);
  }

  public boolean isCurrent(LessonView other) {
    return other.slug().equals(lesson.slug());
  }

  /**
   * Whether {@code module} holds the item being read: the outline lists that module's items in full
   * and shows each other module as one line, so a long course's pages stay small.
   */
  public boolean isCurrentModule(ModuleView module) {
    return module.lessons().stream().anyMatch(this::isCurrent);
  }

  /**
   * A collapsed module's line: "5 lessons", and for an enrolled learner how far they are, counting
   * only required lessons and saying so when some are optional ("5 lessons, 1 of 4 required done").
   */
  public String moduleLine(ModuleView module) {
    int all = module.lessons().size();
    String line = COUNTED.of(all, "lesson", "lessons");
    if (!progress.enrolled()) {
      return line;
    }
    int required = progress.requiredTotal(module);
    return line
        + ", "
        + progress.requiredDone(module)
        + " of "
        + required
        + (required == all ? " done" : " required done");
  }
}
