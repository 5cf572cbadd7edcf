package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.hearth.application.authoring.CourseArchives;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.web.account.CurrentUser;

/**
 * A course as a zip in exactly the content/ folder format, for its instructors and administrators:
 * the newest published version ({@code export.zip}), the draft ({@code draft.zip}) or any published
 * version ({@code versions/{n}.zip}) under {@code /api/instructor/courses/{course}/}. Instructors
 * of other courses are refused.
 */
@Path("instructor/courses/{course: [a-z0-9-]{1,100}}")
@RequestScoped
@RolesAllowed({"instructor", "administrator"})
public class CourseArchiveResource {

  @Inject CourseArchives archives;
  @Inject CourseHistory history;
  @Inject CurrentUser viewer;

  @GET
  @Path("export.zip")
  @Produces("application/zip")
  public Response published(@PathParam("course") String slug) {
    return zip(archives.publishedArchive(viewer.require(), slug), slug);
  }

  @GET
  @Path("draft.zip")
  @Produces("application/zip")
  public Response draft(@PathParam("course") String slug) {
    return zip(archives.draftArchive(viewer.require(), slug), slug + "-draft");
  }

  @GET
  @Path("versions/{number: [0-9]{1,6}}.zip")
  @Produces("application/zip")
  public Response version(@PathParam("course") String slug, @PathParam("number") int number) {
    return zip(history.versionArchive(viewer.require(), slug, number), slug + "-v" + number);
  }

  private static Response zip(byte[] archive, String name) {
    return Response.ok(archive, "application/zip")
        .header("Content-Disposition", DownloadName.attachment(name + ".zip"))
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
