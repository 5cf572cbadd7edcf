package org.hearth.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.web.account.CurrentUser;

/** "My learning": the courses a learner is enrolled in, how far they are, and where to continue. */
@Named
@RequestScoped
public class MyLearningPage {

  @Inject CurrentUser viewer;
  @Inject CourseCatalog catalog;
  @Inject ProgressService progress;

  private List<CourseProgress> courses;

  public List<CourseProgress> getCourses() {
    if (courses == null) {
      courses = new ArrayList<>();
      for (CourseView course : catalog.all()) {
        CourseProgress mine = progress.of(viewer.user(), course);
        if (mine.enrolled()) {
          courses.add(mine);
        }
      }
    }
    return courses;
  }
}
