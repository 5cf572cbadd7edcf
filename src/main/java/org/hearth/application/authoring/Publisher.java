package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.content.CourseFilesReader;
import org.hearth.application.content.CourseSource;
import org.hearth.application.content.PublishedCourseStore;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.CourseVersion;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Makes a draft what learners read. The draft is read with the same reader as content/; if any file
 * has a problem nothing changes. Otherwise the course, its modules and lessons are rewritten and a
 * version holding the published files is recorded, in one transaction: learners see all of the new
 * version or none of it. Lessons are matched by slug, so progress on an item that still exists is
 * kept.
 */
@ApplicationScoped
public class Publisher {

  @Inject DraftRepository drafts;
  @Inject DraftAccess access;
  @Inject PublishedCourseStore publishedCourses;
  @Inject CourseFilesReader reader;
  @Inject CourseArchiveFormat zips;
  @Inject Clock clock;

  /** What a publish recorded. */
  public record Published(int number, String summary) {}

  @Transactional
  public Published publish(SignedInUser user, String slug, String note) {
    CourseDraft draft = access.change(user, slug);
    Map<String, byte[]> files = access.files(draft);
    CourseFilesReader.Reading reading = reader.read(slug, files);
    if (reading.reading().course().isEmpty()) {
      int count = reading.reading().problems().size();
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "The draft has "
              + count
              + (count == 1 ? " problem" : " problems")
              + ", so it was not published and learners still see the last published version. Fix "
              + (count == 1 ? "it" : "them")
              + " and publish again.",
          reading.reading().problems());
    }
    String changes =
        CourseComparison.summary(CourseComparison.compare(publishedFiles(draft), files));
    String summary = (note == null || note.isBlank() ? "" : note.strip() + " — ") + changes;
    return record(draft, files, reading.reading().course().get(), user.email(), summary);
  }

  /**
   * Writes the course from {@code source} and records {@code files} as its next version. Runs in
   * the caller's transaction, with the draft locked.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Published record(
      CourseDraft draft,
      Map<String, byte[]> files,
      CourseSource source,
      String by,
      String summary) {
    publishedCourses.apply(source);
    int number = drafts.latestNumber(draft.getSlug()) + 1;
    String clipped = summary.length() > 4000 ? summary.substring(0, 4000) + "…" : summary;
    drafts.addVersion(
        new CourseVersion(
            draft.getId(),
            number,
            Instant.now(clock),
            by,
            clipped,
            source.folder().checksum(),
            zips.write(draft.getSlug(), files)));
    draft.published();
    return new Published(number, clipped);
  }

  /** The files of the newest published version, or none before the first publish. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, byte[]> publishedFiles(CourseDraft draft) {
    Optional<CourseVersion> latest = drafts.latestVersion(draft.getId());
    return latest.map(v -> zips.read(v.getArchive()).files()).orElse(Map.of());
  }
}
