package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.certificate.CertificateService;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.certificate.Certificate;
import org.hearth.web.account.CurrentUser;

/** "Download my certificate" for a course the learner has completed; 404 for any other course. */
@Path("me/certificates")
@RequestScoped
@RolesAllowed("learner")
public class CertificateResource {

  @Inject CourseCatalog catalog;
  @Inject ProgressService progress;
  @Inject CertificateService certificates;
  @Inject CurrentUser viewer;
  @Context HttpServletRequest request;

  @GET
  @Path("{course: [a-z0-9-]{1,100}}.pdf")
  @Produces(WorksheetLookup.PDF)
  public Response certificate(@PathParam("course") String courseSlug) {
    SignedInUser learner = viewer.require();
    Optional<CourseView> course = catalog.course(courseSlug);
    if (course.isEmpty()
        || progress.of(Optional.of(learner), course.get()).completedAt().isEmpty()) {
      return JsonAnswers.problem(
          Response.Status.NOT_FOUND,
          "There is no certificate here yet: it comes once you complete the course.");
    }
    Certificate certificate = certificates.issue(learner, course.get());
    boolean discreet = SignedInUser.discreetIn(Optional.of(learner), course.get().discreet());
    byte[] pdf = certificates.pdf(certificate, verifyAddress(certificate.getCode()), discreet);
    return WorksheetLookup.download(
        pdf, discreet ? "certificate.pdf" : courseSlug + "-certificate.pdf");
  }

  private String verifyAddress(String code) {
    String url = request.getRequestURL().toString();
    String site = url.substring(0, url.indexOf(request.getRequestURI())) + request.getContextPath();
    return site + "/verify/" + code;
  }
}
