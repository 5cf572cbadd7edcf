package org.hearth.application.content;

import java.util.Map;
import java.util.Optional;
import org.hearth.domain.authoring.DraftOrigin;

/**
 * Where an imported course folder goes: into the course's draft, published at once. A port the
 * import declares and authoring implements ({@code FolderSync}), so content/ import knows nothing
 * of drafts beyond this, and authoring may use content's types without a cycle.
 */
public interface CourseFolderDrafts {

  /** What a sync must know about a course's draft before it reads the folder. */
  record DraftState(String folderChecksum, boolean editedSinceSync, DraftOrigin origin) {

    /** Whether the folder holds changes the draft has not seen while the draft has its own. */
    public boolean conflictsWith(String checksum) {
      return !checksum.equals(folderChecksum) && (editedSinceSync || origin != DraftOrigin.FOLDER);
    }
  }

  /** A folder's changes refused because the draft was edited in the browser since its last sync. */
  final class Conflict extends RuntimeException {
    public Conflict(String message) {
      super(message, null, false, false);
    }
  }

  /** The draft's state, if the course has a draft. */
  Optional<DraftState> state(String slug);

  /**
   * Takes the folder's files into the draft and publishes them, in one transaction.
   *
   * @throws Conflict unless {@code overrideBrowserEdits}, when the draft was edited in the browser
   *     since its last sync
   */
  void take(
      CourseFolder folder,
      Map<String, byte[]> files,
      CourseSource course,
      boolean overrideBrowserEdits);

  /** What an import report says of a folder whose changes were not taken for a conflict. */
  static String conflictMessage(CourseFolder folder) {
    return "was edited in the browser since it was last synced from "
        + folder.path()
        + ", so the folder's changes were not taken and nothing was overwritten. On the course's"
        + " editor page, choose: keep the browser version, or take the folder's.";
  }
}
