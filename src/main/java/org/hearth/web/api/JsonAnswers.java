package org.hearth.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The two small JSON answers the API gives: when something was saved, and what went wrong. */
final class JsonAnswers {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private JsonAnswers() {}

  /** {"savedAt": "17:42:05 UTC"}, never cached: autosaves say when, and nothing of what. */
  static Response saved(Instant at) {
    return Response.ok(
            Json.createObjectBuilder().add("savedAt", TIME.format(at) + " UTC").build(),
            MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  /** {"message": "…"} with the given status. */
  static Response problem(Response.Status status, String message) {
    return Response.status(status)
        .entity(Json.createObjectBuilder().add("message", message).build())
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
