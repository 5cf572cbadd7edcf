package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.web.account.CurrentUser;

/**
 * Whether this page is discreet: the page template then titles it plain "Hearth", so neither the
 * tab nor the browser's history names the course or the lesson. Discreet where the reader chose it,
 * or where the page's course makes it the default and the reader left the choice to courses.
 */
@Named("discretion")
@RequestScoped
public class Discretion {

  @Inject CourseRoute route;
  @Inject CurrentUser viewer;
  @Inject SafetyBar safety;

  private Boolean on;

  public boolean isOn() {
    if (on == null) {
      CourseView course = route.course().orElse(safety.getCourse());
      on = course != null && SignedInUser.discreetIn(viewer.user(), course.discreet());
    }
    return on;
  }
}
