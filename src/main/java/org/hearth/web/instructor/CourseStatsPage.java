package org.hearth.web.instructor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.application.stats.CourseStats;
import org.hearth.application.stats.CourseStatsService;
import org.hearth.web.account.CurrentUser;

/** Instructors: enrolment and completion counts for their own courses (administrators: all). */
@Named
@RequestScoped
public class CourseStatsPage {

  @Inject CurrentUser viewer;
  @Inject CourseStatsService stats;

  private List<CourseStats> courses;

  public List<CourseStats> getCourses() {
    if (courses == null) {
      courses = stats.visibleTo(viewer.require());
    }
    return courses;
  }
}
