package org.hearth.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseCatalog;
import org.hearth.application.enrolment.EnrolmentService;
import org.hearth.application.enrolment.LessonAccess;
import org.hearth.application.progress.ProgressService;

/**
 * Finds a worksheet by its item id for the worksheet endpoints, if the asker may open it. Anything
 * else — no such item, not a worksheet, not theirs to open — is the same 404.
 */
@RequestScoped
public class WorksheetLookup {

  static final String PDF = "application/pdf";

  @Inject CourseCatalog catalog;
  @Inject EnrolmentService enrolments;
  @Inject ProgressService progress;

  Optional<CourseCatalog.Item> openable(long itemId, Optional<SignedInUser> who) {
    return catalog
        .item(itemId)
        .filter(found -> found.item().isWorksheet())
        .filter(
            found ->
                enrolments.access(
                        who, found.course(), found.item(), progress.of(who, found.course()))
                    == LessonAccess.OPEN);
  }

  /**
   * The name a worksheet download is saved under: course and worksheet, or plain "worksheet" when
   * it is discreet for the asker, so a downloads folder names nothing.
   */
  static String fileName(Optional<SignedInUser> who, CourseCatalog.Item found, String ending) {
    return SignedInUser.discreetIn(who, found.course().discreet())
        ? "worksheet" + ending
        : found.course().slug() + "-" + found.item().slug() + ending;
  }

  static Response download(byte[] pdf, String fileName) {
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", DownloadName.attachment(fileName))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static Response notFound() {
    return JsonAnswers.problem(
        Response.Status.NOT_FOUND, "There is no worksheet here that you can open.");
  }
}
