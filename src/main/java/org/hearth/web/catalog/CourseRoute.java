package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.omnifaces.util.Faces;

/**
 * The course named by the first segment of the URL after the page name, as in /course/{slug},
 * /help/{slug} or /learn/{slug}/{lesson}. The shared template reads it for the help link and quick
 * exit, so every page of a course shows them.
 */
@Named("route")
@RequestScoped
public class CourseRoute {

  /**
   * Request attribute with the {@link CourseView} already looked up for this request (by the lesson
   * page cache), so the page shows the very revision it was chosen for.
   */
  public static final String COURSE = "hearth.route.course";

  @Inject CourseCatalog catalog;

  private List<String> segments;
  private Optional<CourseView> course;

  /**
   * The path segments after the page name, from OmniFaces MultiViews. Read directly rather than
   * through {@code @Param}, whose per-parameter validation cost more than the rest of the lookup.
   */
  private List<String> segments() {
    if (segments == null) {
      String pathInfo =
          FacesContext.getCurrentInstance() == null ? null : Faces.getRequestPathInfo();
      segments =
          pathInfo == null
              ? List.of()
              : Arrays.stream(pathInfo.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
    return segments;
  }

  private String segment(int index) {
    List<String> all = segments();
    return index < all.size() ? all.get(index) : null;
  }

  public Optional<CourseView> course() {
    if (course == null) {
      Object resolved =
          FacesContext.getCurrentInstance() == null ? null : Faces.getRequestAttribute(COURSE);
      course = resolved instanceof CourseView view ? Optional.of(view) : catalog.course(segment(0));
    }
    return course;
  }

  /** The course, or null on pages that are not about one (for EL). */
  public CourseView getCourse() {
    return course().orElse(null);
  }

  public String getItemSlug() {
    return segment(1);
  }

  /** True when the URL has more segments than the page takes, e.g. /course/a/b. */
  public boolean hasSegmentsBeyond(int count) {
    return segments().size() > count;
  }
}
