package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.worksheet.WorksheetProblem;
import org.hearth.application.worksheet.WorksheetService;
import org.hearth.web.account.CurrentUser;
import org.hearth.web.learn.WorksheetForm;

/**
 * A learner's own worksheet answers: saving them as they write, and the PDF filled in with them.
 * There is no way to name another learner here; the answers are always the asker's own.
 */
@Path("me/worksheets")
@RequestScoped
@RolesAllowed("learner")
public class MyWorksheetResource {

  @Inject WorksheetLookup lookup;
  @Inject WorksheetService worksheets;
  @Inject CurrentUser viewer;
  @Context HttpServletRequest request;

  @GET
  @Path("{item: [0-9]{1,18}}/answers.pdf")
  @Produces(WorksheetLookup.PDF)
  public Response filled(@PathParam("item") long itemId) {
    SignedInUser learner = viewer.require();
    Optional<CourseCatalog.Item> found = lookup.openable(itemId, Optional.of(learner));
    if (found.isEmpty()) {
      return WorksheetLookup.notFound();
    }
    byte[] pdf = worksheets.filledPdf(learner, found.get().course(), found.get().item());
    return WorksheetLookup.download(
        pdf, WorksheetLookup.fileName(Optional.of(learner), found.get(), "-my-answers.pdf"));
  }

  /**
   * Saves the fields sent (the page's script sends those that changed); answers when it was saved.
   */
  @POST
  @Path("{item: [0-9]{1,18}}/answers")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("item") long itemId) {
    SignedInUser learner = viewer.require();
    Optional<CourseCatalog.Item> found = lookup.openable(itemId, Optional.of(learner));
    if (found.isEmpty()) {
      return WorksheetLookup.notFound();
    }
    // Form fields are read through the servlet request: the CSRF filter has already parsed them.
    Map<String, String> changes =
        WorksheetForm.read(found.get().item().worksheet(), request.getParameterMap());
    try {
      return JsonAnswers.saved(
          worksheets.save(learner, found.get().course(), found.get().item(), changes));
    } catch (WorksheetProblem e) {
      return JsonAnswers.problem(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }
}
