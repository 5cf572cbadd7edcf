package org.hearth.web.authoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.content.ContentProblem;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** What the authoring pages share: how a refusal is shown, and the redirect after a change. */
final class AuthoringPages {

  private AuthoringPages() {}

  /** Shows a refusal on this page; a missing or forbidden course answers 404 or 403 instead. */
  static List<ContentProblem> show(AuthoringProblem problem) {
    switch (problem.kind()) {
      case NOT_FOUND -> Faces.responseSendError(404, "Not found");
      case FORBIDDEN -> Faces.responseSendError(403, "Forbidden");
      default -> Messages.addGlobalError(problem.getMessage());
    }
    return problem.problems();
  }

  /** After a change: says what happened on the next page, which is {@code path} read afresh. */
  static void done(String message, String path) {
    Messages.addFlashGlobalInfo(message);
    Faces.redirect(Faces.getRequestContextPath() + path);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
