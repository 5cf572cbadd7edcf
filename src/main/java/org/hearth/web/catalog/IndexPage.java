package org.hearth.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.application.catalog.CourseCard;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.web.shared.Pages;

/**
 * The home page, index.xhtml at "/": every published course as a card. It is named for its page,
 * which stays index.xhtml because it is the welcome file and FacesViews hands it every address that
 * matches no other page (which {@link #load} answers with 404).
 */
@Named
@RequestScoped
public class IndexPage {

  @Inject CourseCatalog catalog;
  @Inject CourseRoute route;

  private List<CourseCard> courses;

  /** Any path that reaches the home page with segments (/no-such-page) is a 404. */
  public void load() {
    if (route.hasSegmentsBeyond(0)) {
      Pages.notFound();
      return;
    }
    courses = catalog.catalog();
  }

  public List<CourseCard> getCourses() {
    return courses;
  }
}
