package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseFolderDrafts;
import org.hearth.application.content.CourseSource;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Brings a course from its content/ folder into its draft and publishes it, unless the course was
 * changed in the browser since its last sync: then the folder is left alone and the conflict is
 * reported until an instructor keeps the browser's version or takes the folder's.
 */
@ApplicationScoped
public class FolderSync implements CourseFolderDrafts {

  @Inject DraftRepository drafts;
  @Inject CourseHistory history;
  @Inject Publisher publisher;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<DraftState> state(String slug) {
    return drafts
        .bySlug(slug)
        .map(d -> new DraftState(d.getFolderChecksum(), d.isEditedSinceSync(), d.getOrigin()));
  }

  /**
   * Takes the folder's files into the draft and publishes them, in one transaction. Unless {@code
   * overrideBrowserEdits}, refuses (with a conflict) when the draft was edited in the browser since
   * its last sync.
   */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void take(
      CourseFolder folder,
      Map<String, byte[]> files,
      CourseSource course,
      boolean overrideBrowserEdits) {
    Instant now = clock.instant();
    CourseDraft draft = drafts.lockBySlug(folder.slug()).orElse(null);
    if (draft == null) {
      draft =
          new CourseDraft(folder.slug(), course.details().title(), DraftOrigin.FOLDER, now, null);
      drafts.add(draft);
    } else if (!overrideBrowserEdits && state(draft).conflictsWith(folder.checksum())) {
      throw new Conflict(CourseFolderDrafts.conflictMessage(folder));
    }
    Map<String, byte[]> before = publisher.publishedFiles(draft);
    history.replaceFiles(draft, files, null);
    String text =
        new String(
            files.getOrDefault(CourseDrafts.COURSE_YAML, new byte[0]), StandardCharsets.UTF_8);
    draft.describe(course.details().title(), SourceTitles.instructors(text));
    draft.synced(folder.checksum(), now);
    String summary =
        "Synced from "
            + folder.path()
            + ". "
            + CourseComparison.summary(CourseComparison.compare(before, files));
    publisher.record(draft, files, course, null, summary);
  }

  /**
   * Keeps the browser's version: the folder's current files count as seen until they change again.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void keepBrowserVersion(String slug, String folderChecksum) {
    drafts.lockBySlug(slug).ifPresent(d -> d.keepBrowserVersion(folderChecksum));
  }

  private static DraftState state(CourseDraft draft) {
    return new DraftState(draft.getFolderChecksum(), draft.isEditedSinceSync(), draft.getOrigin());
  }
}
