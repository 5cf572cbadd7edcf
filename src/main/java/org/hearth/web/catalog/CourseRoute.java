package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.omnifaces.cdi.Param;

/**
 * The course named by the first segment of the URL after the page name, as in /course/{slug},
 * /help/{slug} or /learn/{slug}/{lesson}. The shared template reads it for the help link and quick
 * exit, so every page of a course shows them.
 */
@Named("route")
@RequestScoped
public class CourseRoute {

  @Inject
  @Param(pathIndex = 0)
  String courseSlug;

  @Inject
  @Param(pathIndex = 1)
  String itemSlug;

  @Inject
  @Param(pathIndex = 2)
  String extra;

  @Inject CourseCatalog catalog;

  private Optional<CourseView> course;

  public Optional<CourseView> course() {
    if (course == null) {
      course = catalog.course(courseSlug);
    }
    return course;
  }

  /** The course, or null on pages that are not about one (for EL). */
  public CourseView getCourse() {
    return course().orElse(null);
  }

  public String getItemSlug() {
    return itemSlug;
  }

  /** True when the URL has more segments than the page takes, e.g. /course/a/b. */
  public boolean hasSegmentsBeyond(int count) {
    return switch (count) {
      case 0 -> courseSlug != null;
      case 1 -> itemSlug != null;
      default -> extra != null;
    };
  }
}
