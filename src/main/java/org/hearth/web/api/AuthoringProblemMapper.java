package org.hearth.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hearth.application.authoring.AuthoringProblem;

/**
 * Answers a refused authoring call with its status (404, 403, 409 or 400) and {"message": "…",
 * "problems": [{"path", "line", "message"}]}.
 */
@Provider
public class AuthoringProblemMapper implements ExceptionMapper<AuthoringProblem> {

  @Override
  public Response toResponse(AuthoringProblem problem) {
    Response.Status status =
        switch (problem.kind()) {
          case NOT_FOUND -> Response.Status.NOT_FOUND;
          case FORBIDDEN -> Response.Status.FORBIDDEN;
          case CONFLICT -> Response.Status.CONFLICT;
          case INVALID -> Response.Status.BAD_REQUEST;
        };
    JsonArrayBuilder problems = Json.createArrayBuilder();
    problem
        .problems()
        .forEach(
            p ->
                problems.add(
                    Json.createObjectBuilder()
                        .add("path", p.path())
                        .add("line", p.line())
                        .add("message", p.message())));
    return Response.status(status)
        .entity(
            Json.createObjectBuilder()
                .add("message", problem.getMessage())
                .add("problems", problems)
                .build())
        .type(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }
}
