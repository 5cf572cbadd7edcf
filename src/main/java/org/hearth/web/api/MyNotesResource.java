package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.notes.NoteProblem;
import org.hearth.application.notes.NoteService;
import org.hearth.web.account.CurrentUser;

/**
 * Saves a learner's own private note on a course item as they write (the lesson page's script).
 * There is no way to name another learner, and no way to read a note back here: the page shows it.
 */
@Path("me/notes")
@RequestScoped
@RolesAllowed("learner")
public class MyNotesResource {

  /** The form field that holds the note's text. */
  static final String FIELD = "note";

  @Inject CourseCatalog catalog;
  @Inject NoteService notes;
  @Inject CurrentUser viewer;
  @Context HttpServletRequest request;

  @POST
  @Path("{item: [0-9]{1,18}}")
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("item") long itemId) {
    Optional<CourseCatalog.Item> found = catalog.item(itemId);
    if (found.isEmpty()) {
      return JsonAnswers.problem(Response.Status.NOT_FOUND, "There is no such lesson.");
    }
    // Read through the servlet request: the CSRF filter has already parsed the form.
    String text = request.getParameter(FIELD);
    try {
      return JsonAnswers.saved(
          notes.save(viewer.require(), found.get().course(), found.get().item(), text));
    } catch (NoteProblem problem) {
      return JsonAnswers.problem(Response.Status.BAD_REQUEST, problem.getMessage());
    }
  }
}
