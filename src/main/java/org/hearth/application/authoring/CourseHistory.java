package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.CourseVersion;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.domain.authoring.VersionSummary;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * A course's published versions: the list (who, when, what changed), how the draft differs from the
 * published version, and restoring an older version as the new draft. Restoring never publishes:
 * learners keep the current version until an instructor presses Publish.
 */
@ApplicationScoped
@Transactional
public class CourseHistory {

  @Inject CourseArchiveFormat zips;
  @Inject DraftRepository drafts;
  @Inject DraftAccess access;
  @Inject Publisher publisher;
  @Inject Clock clock;

  /** The draft itself, for someone allowed to edit it. */
  public CourseDraft draft(SignedInUser user, String slug) {
    return access.read(user, slug);
  }

  /**
   * What the course editor shows of a draft, read in one transaction: the draft, its files and its
   * versions.
   */
  public record Overview(
      CourseDraft draft, Map<String, byte[]> files, List<VersionSummary> versions) {}

  public Overview overview(SignedInUser user, String slug) {
    CourseDraft draft = access.read(user, slug);
    return new Overview(draft, access.files(draft), drafts.versions(draft.getId()));
  }

  /** One file of the draft, such as an image uploaded but not yet published. */
  public Optional<byte[]> draftFile(SignedInUser user, String slug, String path) {
    return drafts.file(access.read(user, slug).getId(), path).map(DraftFile::getContent);
  }

  public List<VersionSummary> versions(SignedInUser user, String slug) {
    return drafts.versions(access.read(user, slug).getId());
  }

  /**
   * How the draft differs from the newest published version (everything is new before a first
   * publish).
   */
  public List<FileChange> draftChanges(SignedInUser user, String slug) {
    CourseDraft draft = access.read(user, slug);
    return CourseComparison.compare(publisher.publishedFiles(draft), access.files(draft));
  }

  /** As {@link #draftChanges}, for draft files the caller has already read. */
  public List<FileChange> changesOf(
      SignedInUser user, String slug, Map<String, byte[]> draftFiles) {
    return CourseComparison.compare(publisher.publishedFiles(access.read(user, slug)), draftFiles);
  }

  /** The files of one published version, as it was published. */
  public Map<String, byte[]> versionFiles(SignedInUser user, String slug, int number) {
    CourseDraft draft = access.read(user, slug);
    return zips.read(version(draft, number).getArchive()).files();
  }

  /** The archive of one version, byte for byte as it was recorded. */
  public byte[] versionArchive(SignedInUser user, String slug, int number) {
    return version(access.read(user, slug), number).getArchive();
  }

  /** Replaces the draft's files with those of version {@code number}; learners see no change. */
  public void restore(SignedInUser user, String slug, int number) {
    CourseDraft draft = access.change(user, slug);
    replaceFiles(draft, zips.read(version(draft, number).getArchive()).files(), user);
  }

  /**
   * Replaces every file of a locked draft, as a restore or an import into an existing course does,
   * by {@code user} (null for content/ folder sync); a new instructors list is refused, and nothing
   * written, unless an administrator asks.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void replaceFiles(CourseDraft draft, Map<String, byte[]> files, SignedInUser user) {
    byte[] courseYaml = files.get(CourseDrafts.COURSE_YAML);
    String text = courseYaml == null ? null : new String(courseYaml, StandardCharsets.UTF_8);
    List<String> instructors = text == null ? List.of() : SourceTitles.instructors(text);
    if (!instructors.isEmpty()) {
      InstructorList.checkChange(user, draft, instructors);
    }
    String by = user == null ? null : user.email();
    drafts.removeFiles(draft.getId());
    Instant now = clock.instant();
    files.forEach(
        (path, content) -> drafts.addFile(new DraftFile(draft.getId(), path, content, now, by)));
    if (text != null) {
      draft.describe(
          SourceTitles.title(CourseDrafts.COURSE_YAML, text).orElse(draft.getTitle()),
          instructors.isEmpty() ? draft.getInstructors() : instructors);
    }
    draft.edited(now, by);
    drafts.flush();
  }

  private CourseVersion version(CourseDraft draft, int number) {
    return drafts
        .version(draft.getId(), number)
        .orElseThrow(() -> AuthoringProblem.notFound("Version " + number));
  }
}
