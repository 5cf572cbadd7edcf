package org.hearth.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.application.catalog.CourseCard;
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
      for (CourseCard card : catalog.catalog()) {
        Optional<CourseView> course = catalog.course(card.slug());
        course.map(c -> progress.of(viewer.user(), c)).filter(CourseProgress::enrolled).ifPresent(courses::add);
      }
    }
    return courses;
  }
}
