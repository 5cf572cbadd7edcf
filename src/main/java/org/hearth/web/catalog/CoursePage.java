package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.application.catalog.CourseView;
import org.hearth.web.shared.Pages;

/**
 * The course page (/course/{slug}), and the pages that hang off a course without naming an item:
 * help (/help/{slug}) and the end of the course (/finished/{slug}).
 */
@Named
@RequestScoped
public class CoursePage {

  @Inject CourseRoute route;

  public void load() {
    if (route.course().isEmpty() || route.hasSegmentsBeyond(1)) {
      Pages.notFound();
    }
  }

  public CourseView getCourse() {
    return route.getCourse();
  }
}
