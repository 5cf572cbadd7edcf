package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.ImportReport;

/**
 * Re-imports the content folder on demand ({@code curl -u admin:… -X POST
 * /api/admin/content/import}) and shows the last report. Administrators only; web.xml protects the
 * path as well.
 */
@Path("admin/content")
@RequestScoped
@RolesAllowed("administrator")
public class ContentImportResource {

  @Inject ContentImportService importer;

  @POST
  @Path("import")
  @Produces(MediaType.APPLICATION_JSON)
  public ImportReport importNow() {
    return importer.importAll();
  }

  @GET
  @Path("report")
  @Produces(MediaType.APPLICATION_JSON)
  public Response lastReport() {
    return importer
        .lastReport()
        .map(report -> Response.ok(report).build())
        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }
}
