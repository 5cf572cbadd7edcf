package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;

/**
 * Get help and Quick exit, on every page a learner of a course with support resources can reach:
 * the course's own pages, and the pages that are about no one course (catalog, My learning,
 * account, verification), which offer the first such course's help and exit. A page of a course
 * without support resources shows neither.
 */
@Named("safety")
@RequestScoped
public class SafetyBar {

  @Inject CourseRoute route;
  @Inject CourseCatalog catalog;

  private Optional<CourseView> supported;

  private Optional<CourseView> supported() {
    if (supported == null) {
      Optional<CourseView> routed = route.course();
      supported =
          routed.isPresent()
              ? routed.filter(CourseView::hasSupport)
              : catalog.all().stream().filter(CourseView::hasSupport).findFirst();
    }
    return supported;
  }

  public boolean isShown() {
    return supported().isPresent();
  }

  /** Where Quick exit goes: the course's neutral site; empty when the bar is not shown. */
  public String getExitUrl() {
    return supported().map(CourseView::quickExitUrl).orElse("");
  }

  /** The course whose support and exit the bar offers, or null. */
  public CourseView getCourse() {
    return supported().orElse(null);
  }

  /** The course whose help page "Get help now" opens. */
  public String getCourseSlug() {
    return supported().map(CourseView::slug).orElse("");
  }
}
