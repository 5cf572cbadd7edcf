package org.hearth.web.authoring;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hearth.application.authoring.AuthoringProblem;
import org.hearth.application.authoring.CourseHistory;
import org.hearth.application.authoring.DraftAccess;
import org.hearth.application.authoring.FolderSync;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.CourseImportStatus;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.web.account.CurrentUser;

/**
 * The course editor's part that deals with content/: a course from a folder can be changed both
 * there and in the browser, and only the instructor can say which side wins. Each choice answers
 * with what the editor then tells; a refusal is an {@link AuthoringProblem}.
 */
@Dependent
class FolderVersions {

  @Inject CurrentUser viewer;
  @Inject DraftAccess access;
  @Inject CourseHistory history;
  @Inject ContentImportService content;
  @Inject FolderSync sync;

  /**
   * Whether content/ holds a version of this course that differs from the draft the browser
   * changed. Checking scans the content folder, so only courses from it are checked.
   */
  boolean conflicts(CourseDraft draft, String slug) {
    if (draft == null || draft.getOrigin() != DraftOrigin.FOLDER) {
      return false;
    }
    Optional<CourseFolder> folder = content.folderOf(slug);
    return folder.isPresent()
        && sync.state(slug).map(s -> s.conflictsWith(folder.get().checksum())).orElse(false);
  }

  String keepBrowserVersion(String slug) {
    access.change(viewer.require(), slug);
    CourseFolder folder =
        content
            .folderOf(slug)
            .orElseThrow(
                () ->
                    new AuthoringProblem(
                        AuthoringProblem.Kind.NOT_FOUND, "The content folder of this course"));
    sync.keepBrowserVersion(slug, folder.checksum());
    return "Kept the browser version. The folder's current files will not be offered again until"
        + " they change.";
  }

  String takeFolderVersion(String slug) {
    requireEditable(slug);
    CourseImportResult result = content.syncOne(slug, true);
    if (result.status() != CourseImportStatus.IMPORTED) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "The folder's version could not be taken; nothing changed.",
          result.problems());
    }
    return "Took the folder's version and published it.";
  }

  String syncNow(String slug) {
    requireEditable(slug);
    CourseImportResult result = content.syncOne(slug, false);
    return switch (result.status()) {
      case IMPORTED -> "Synced from the content folder and published.";
      case UNCHANGED -> "The content folder has not changed since the last sync.";
      default ->
          throw new AuthoringProblem(
              AuthoringProblem.Kind.INVALID, "The sync changed nothing.", result.problems());
    };
  }

  private void requireEditable(String slug) {
    history.draft(viewer.require(), slug);
  }
}
