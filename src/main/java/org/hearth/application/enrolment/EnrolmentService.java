package org.hearth.application.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;

/** Joining and leaving courses, and who may read which lesson. Decided here, on the server. */
@ApplicationScoped
public class EnrolmentService {

  private static final Logger LOG = Logger.getLogger(EnrolmentService.class.getName());

  @Inject CourseRepository courses;
  @Inject ProgressRepository progress;
  @Inject Clock clock;

  /** Enrols, or re-joins with all earlier progress; an enrolment key is checked for key courses. */
  @Transactional
  public void enrol(SignedInUser learner, String courseSlug, String key) {
    Course course =
        courses
            .findBySlug(courseSlug)
            .orElseThrow(() -> new EnrolmentProblem("That course no longer exists."));
    Optional<Enrolment> existing = progress.enrolment(learner.id(), course.getId());
    if (existing.isPresent() && existing.get().isActive()) {
      return;
    }
    if (course.getEnrolmentMode() == EnrolmentMode.CLOSED && existing.isEmpty()) {
      throw new EnrolmentProblem("This course isn't taking new learners at the moment.");
    }
    if (course.getEnrolmentMode() == EnrolmentMode.KEY
        && existing.isEmpty()
        && !keyMatches(course.getEnrolmentKey(), key)) {
      throw new EnrolmentProblem(
          "That enrolment key doesn't match. Please check it with the person who gave it to you.");
    }
    if (existing.isPresent()) {
      existing.get().rejoin(clock.instant());
    } else {
      progress.add(new Enrolment(learner.id(), course.getId(), clock.instant()));
    }
    LOG.info(() -> "Account " + learner.id() + " enrolled in course " + course.getId());
  }

  /** Leaves the course; progress is kept for a later return. */
  @Transactional
  public void leave(SignedInUser learner, String courseSlug) {
    courses
        .findBySlug(courseSlug)
        .flatMap(course -> progress.enrolment(learner.id(), course.getId()))
        .ifPresent(Enrolment::leave);
  }

  public LessonAccess access(
      Optional<SignedInUser> viewer,
      CourseView course,
      LessonView lesson,
      CourseProgress learnerProgress) {
    if (viewer.isPresent() && teachesOrAdministers(viewer.get(), course)) {
      return LessonAccess.OPEN;
    }
    if (lesson.preview()) {
      return LessonAccess.OPEN;
    }
    if (viewer.isEmpty()) {
      return LessonAccess.SIGN_IN;
    }
    if (!learnerProgress.enrolled()) {
      return LessonAccess.ENROL;
    }
    return learnerProgress.isUnlocked(lesson) ? LessonAccess.OPEN : LessonAccess.LOCKED;
  }

  /** Administrators see every course; instructors see the courses that name them. */
  public static boolean teachesOrAdministers(SignedInUser user, CourseView course) {
    return user.has(Role.ADMINISTRATOR)
        || (user.has(Role.INSTRUCTOR) && course.instructors().contains(user.email()));
  }

  private static boolean keyMatches(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.strip().getBytes(StandardCharsets.UTF_8),
        given.strip().getBytes(StandardCharsets.UTF_8));
  }
}
