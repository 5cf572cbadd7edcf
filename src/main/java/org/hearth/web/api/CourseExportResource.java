package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Optional;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.content.ContentSource;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.infrastructure.archive.CourseArchiveWriter;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.web.account.CurrentUser;

/**
 * A course's source as a zip in exactly the content/ folder format, for its instructors and
 * administrators: {@code GET /api/instructor/courses/{course}/export.zip}. Instructors of other
 * courses are refused.
 */
@Path("instructor/courses")
@RequestScoped
@RolesAllowed({"instructor", "administrator"})
public class CourseExportResource {

  @Inject CourseCatalog catalog;
  @Inject ContentSource content;
  @Inject CurrentUser viewer;

  @GET
  @Path("{course: [a-z0-9-]{1,100}}/export.zip")
  @Produces("application/zip")
  public Response export(@PathParam("course") String slug) {
    Optional<CourseView> course = catalog.course(slug);
    if (course.isEmpty() || !(content instanceof FileSystemContentSource files)) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    if (!EnrolmentService.teachesOrAdministers(viewer.require(), course.get())) {
      return Response.status(Response.Status.FORBIDDEN).build();
    }
    java.nio.file.Path folder = files.root().resolve("courses").resolve(slug);
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    StreamingOutput zip = out -> CourseArchiveWriter.write(folder, slug, out);
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
