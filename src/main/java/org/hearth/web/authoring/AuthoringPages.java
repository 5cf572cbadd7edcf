package org.hearth.web.authoring;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.content.ContentProblem;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** What the authoring pages share: how a refusal is shown, and the redirect after a change. */
final class AuthoringPages {

  private AuthoringPages() {}

  /**
   * Whether the page's address can name a course ({@code slug}) and, where the page edits one file,
   * a file of the kind it edits ({@code fileAddressed}); otherwise the page answers 404.
   */
  static boolean addressed(String slug, boolean fileAddressed) {
    if (slug == null || !slug.matches("[a-z0-9-]{1,100}") || !fileAddressed) {
      Faces.responseSendError(404, "Not found");
      return false;
    }
    return true;
  }

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
    NextPageNotice.info(message);
    Faces.redirect(Faces.getRequestContextPath() + path);
  }

  /**
   * The version of the file the page's form says it opened, which a save must name; a form without
   * one is refused with a message rather than saved over whatever is there now.
   */
  static long openedVersion() {
    try {
      return Long.parseLong(String.valueOf(Faces.getRequestParameter("version")));
    } catch (NumberFormatException e) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "The page was missing the version it opened; reload it and try again.");
    }
  }

  /**
   * After saving a file: says so on the editor page {@code page}, shown afresh for the same file.
   */
  static void saved(String page, String slug, String path, long version, String message) {
    done(
        message,
        "/instructor/" + page + "?course=" + slug + "&path=" + encode(path) + "&saved=" + version);
  }

  /**
   * Whether the page is being rendered. A postback also walks every repeat (evaluating its list)
   * before its button runs and redirects; previews and comparisons wait for the render instead.
   */
  static boolean rendering() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context != null
        && context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE
        && !context.getResponseComplete();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
