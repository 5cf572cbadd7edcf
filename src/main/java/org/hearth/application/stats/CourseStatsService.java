package org.hearth.application.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.infrastructure.persistence.ProgressRepository;

/** Enrolment and completion counts for the courses a person teaches (or all, for administrators). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseStatsService {

  @Inject CourseCatalog catalog;
  @Inject ProgressRepository progress;

  public List<CourseStats> visibleTo(SignedInUser user) {
    Map<Long, Long> enrolled = progress.activeEnrolmentCounts();
    List<CourseStats> stats = new ArrayList<>();
    for (CourseView course : catalog.all()) {
      if (EnrolmentService.teachesOrAdministers(user, course)) {
        stats.add(of(course, enrolled.getOrDefault(course.id(), 0L)));
      }
    }
    return stats;
  }

  private CourseStats of(CourseView course, long enrolled) {
    Map<Long, Long> completions = progress.completionCounts(course.id());
    List<CourseStats.LessonStats> lessons = new ArrayList<>();
    for (LessonView lesson : course.lessons()) {
      lessons.add(new CourseStats.LessonStats(lesson.moduleTitle(), lesson.title(), lesson.required(),
          completions.getOrDefault(lesson.id(), 0L)));
    }
    return new CourseStats(course.slug(), course.title(), enrolled, progress.completedCourseCount(course.id()), lessons);
  }
}
