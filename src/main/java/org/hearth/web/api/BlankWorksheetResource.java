package org.hearth.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.worksheet.WorksheetService;
import org.hearth.web.account.CurrentUser;

/**
 * The blank, fillable PDF of a worksheet, for anyone who may open it. Worksheets are named by their
 * item id, never by a file path: anything else in that place is a 404.
 */
@Path("worksheets")
@RequestScoped
public class BlankWorksheetResource {

  @Inject WorksheetLookup lookup;
  @Inject WorksheetService worksheets;
  @Inject CurrentUser viewer;

  @GET
  @Path("{item: [0-9]{1,18}}/blank.pdf")
  @Produces(WorksheetLookup.PDF)
  public Response blank(@PathParam("item") long itemId) {
    Optional<CourseCatalog.Item> found = lookup.openable(itemId, viewer.user());
    if (found.isEmpty()) {
      return WorksheetLookup.notFound();
    }
    byte[] pdf = worksheets.blankPdf(viewer.user(), found.get().course(), found.get().item());
    return WorksheetLookup.download(
        pdf, WorksheetLookup.fileName(viewer.user(), found.get(), ".pdf"));
  }
}
