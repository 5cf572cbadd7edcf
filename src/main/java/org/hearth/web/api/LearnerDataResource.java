package org.hearth.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.hearth.application.account.LearnerDataService;
import org.hearth.web.account.CurrentUser;

/** "Download my data": everything Hearth holds about the signed-in learner, as a JSON file. */
@Path("me")
@RequestScoped
@RolesAllowed("learner")
public class LearnerDataResource {

  @Inject LearnerDataService data;
  @Inject CurrentUser viewer;
  @Inject Clock clock;

  @GET
  @Path("export")
  @Produces(MediaType.APPLICATION_JSON)
  public Response export() {
    return Response.ok(data.export(viewer.require().id(), clock.instant()))
        .header("Content-Disposition", DownloadName.attachment("hearth-my-data.json"))
        .header("Cache-Control", "no-store")
        .build();
  }
}
