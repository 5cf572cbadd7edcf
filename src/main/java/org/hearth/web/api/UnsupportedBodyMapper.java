package org.hearth.web.api;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request whose body is of a kind the endpoint does not read (JSON, XML or plain text where form
 * fields are expected) gets 415 and says what to send, instead of a bare error page.
 */
@Provider
public class UnsupportedBodyMapper implements ExceptionMapper<NotSupportedException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(NotSupportedException exception) {
    MediaType sent = headers.getMediaType();
    return JsonAnswers.problem(
        Response.Status.UNSUPPORTED_MEDIA_TYPE,
        "This address does not read a body of type "
            + (sent == null ? "(none given)" : sent.getType() + "/" + sent.getSubtype())
            + ", so nothing was saved. It takes form fields (application/x-www-form-urlencoded).");
  }
}
