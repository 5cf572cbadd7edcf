package org.hearth.web.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.certificate.CertificateService;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.catalog.CourseRoute;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.Pages;
import org.omnifaces.util.Faces;

/**
 * On the end-of-course page: whether people who check the learner's certificate code see the
 * course's name, or only that the certificate is genuine.
 */
@Named
@RequestScoped
public class CertificateNaming {

  @Inject CourseRoute route;
  @Inject CurrentUser viewer;
  @Inject CertificateService certificates;

  private Boolean showCourse;

  public boolean isShowCourse() {
    if (showCourse == null) {
      CourseView course = route.getCourse();
      showCourse =
          course != null
              && viewer.user().isPresent()
              && certificates.showsCourse(viewer.require(), course);
    }
    return showCourse;
  }

  public void save() throws IOException {
    CourseView course = route.getCourse();
    if (course == null || viewer.user().isEmpty()) {
      Pages.notFound();
      return;
    }
    showCourse = "yes".equals(Faces.getRequestParameter("showCourse"));
    certificates.showCourse(viewer.require(), course, showCourse);
    NextPageNotice.info(
        isShowCourse()
            ? "The verification page now names the course."
            : "The verification page now says only that your certificate is genuine.");
    Faces.redirect(Faces.getRequestContextPath() + "/finished/" + course.slug());
  }
}
