package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentProblem;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.Pages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The course page (/course/{slug}), with Enrol, Continue and Leave, and the pages that hang off a
 * course without naming an item: help (/help/{slug}) and the end of the course (/finished/{slug}).
 */
@Named
@RequestScoped
public class CoursePage {

  @Inject CourseRoute route;
  @Inject CurrentUser viewer;
  @Inject ProgressService progressService;
  @Inject EnrolmentService enrolments;

  private CourseProgress progress;
  private String enrolmentKey;

  public void load() {
    if (route.course().isEmpty() || route.hasSegmentsBeyond(1)) {
      Pages.notFound();
      return;
    }
    explainTurnAway(Faces.getRequestParameter("reason"));
  }

  /**
   * The help page: /help/{slug} for a course's own support, or /help alone, which offers the
   * support of the course whose Quick exit the page shows.
   */
  public void loadHelp() {
    if (route.hasSegmentsBeyond(1) || (route.hasSegmentsBeyond(0) && route.course().isEmpty())) {
      Pages.notFound();
    }
  }

  /** Why a lesson sent the reader here (a fixed word in the address, never free text). */
  private static void explainTurnAway(String reason) {
    if (reason == null) {
      return;
    }
    switch (reason) {
      case "sign_in" ->
          Messages.addGlobalInfo(
              "To read that lesson, please sign in and enrol in the course. "
                  + "Lessons marked \"free preview\" are open to everyone.");
      case "enrol" ->
          Messages.addGlobalInfo(
              "To read that lesson, please enrol in the course first. It's free, and you can leave"
                  + " at any time.");
      case "locked" ->
          Messages.addGlobalInfo(
              "This course opens one lesson at a time. The next one opens when you mark the one"
                  + " before it complete.");
      default -> {}
    }
  }

  public CourseView getCourse() {
    return route.getCourse();
  }

  public CourseProgress getProgress() {
    if (progress == null) {
      progress = progressService.of(viewer.user(), getCourse());
    }
    return progress;
  }

  public boolean isKeyRequired() {
    return getCourse().enrolmentMode() == EnrolmentMode.KEY;
  }

  public boolean isClosed() {
    return getCourse().enrolmentMode() == EnrolmentMode.CLOSED;
  }

  public LessonView getContinueLesson() {
    return getProgress().continueWith().orElse(null);
  }

  public void enrol() throws IOException {
    CourseView course = getCourse();
    if (course == null || viewer.user().isEmpty()) {
      Pages.notFound();
      return;
    }
    try {
      enrolments.enrol(viewer.require(), course.slug(), enrolmentKey);
    } catch (EnrolmentProblem problem) {
      Messages.addGlobalError(problem.getMessage());
      return;
    }
    NextPageNotice.info(
        "You're enrolled. Take it at your own pace; your place is saved as you go.");
    progress = null;
    LessonView next = getContinueLesson();
    Faces.redirect(
        Faces.getRequestContextPath()
            + (next == null
                ? "/course/" + course.slug()
                : "/learn/" + course.slug() + "/" + next.slug()));
  }

  public void leave() throws IOException {
    CourseView course = getCourse();
    if (course == null || viewer.user().isEmpty()) {
      Pages.notFound();
      return;
    }
    enrolments.leave(viewer.require(), course.slug());
    NextPageNotice.info(
        "You've left this course. Your progress is kept in case you'd like to come back.");
    Faces.redirect(Faces.getRequestContextPath() + "/course/" + course.slug());
  }

  public String getEnrolmentKey() {
    return enrolmentKey;
  }

  public void setEnrolmentKey(String enrolmentKey) {
    this.enrolmentKey = enrolmentKey;
  }
}
