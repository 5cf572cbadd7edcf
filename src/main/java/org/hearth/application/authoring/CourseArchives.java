package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.content.CourseFilesReader;
import org.hearth.domain.account.Role;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.authoring.CourseVersion;
import org.hearth.domain.authoring.DraftFile;
import org.hearth.domain.authoring.DraftOrigin;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.DraftRepository;

/**
 * Courses as zips in exactly the content/ folder format: the draft or the published version out,
 * and an uploaded zip in, as a new course or as the new draft of an existing one. An upload is
 * checked whole before anything is written (unsafe entries, sizes, then every file with the content
 * reader), so a refused zip writes nothing anywhere, and the refusal names the entry.
 */
@ApplicationScoped
@Transactional
public class CourseArchives {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Inject DraftRepository drafts;
  @Inject CourseRepository courses;
  @Inject DraftAccess access;
  @Inject CourseHistory history;
  @Inject CourseFilesReader reader;
  @Inject CourseArchiveFormat zips;
  @Inject Clock clock;

  public byte[] draftArchive(SignedInUser user, String slug) {
    return zips.write(slug, access.files(access.read(user, slug)));
  }

  /** The newest published version's archive, byte for byte as it was published. */
  public byte[] publishedArchive(SignedInUser user, String slug) {
    CourseDraft draft = access.read(user, slug);
    return drafts
        .latestVersion(draft.getId())
        .map(CourseVersion::getArchive)
        .orElseThrow(() -> AuthoringProblem.notFound("A published version of \"" + slug + "\""));
  }

  /** Creates a new course from a zip of one course folder, named after that folder. */
  public CourseDraft importNew(SignedInUser user, byte[] zip) {
    CourseArchiveFormat.CourseFiles course = readArchive(zip);
    String slug = course.folder();
    if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
      throw invalid(
          slug + "/",
          "is not a course folder name: use lowercase letters, digits and hyphens, such as"
              + " my-course");
    }
    if (drafts.bySlug(slug).isPresent() || courses.revisionOf(slug).isPresent()) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.CONFLICT,
          "A course named \""
              + slug
              + "\" already exists. Import the zip as a new draft of that course, or rename its"
              + " folder.");
    }
    checkContent(user, slug, course.files());
    String text = new String(course.files().get(CourseDrafts.COURSE_YAML), StandardCharsets.UTF_8);
    Instant now = clock.instant();
    CourseDraft draft =
        new CourseDraft(
            slug,
            SourceTitles.title(CourseDrafts.COURSE_YAML, text).orElse(slug),
            DraftOrigin.ARCHIVE,
            now,
            user.email());
    draft.describe(draft.getTitle(), SourceTitles.instructors(text));
    drafts.add(draft);
    course
        .files()
        .forEach(
            (path, content) ->
                drafts.addFile(new DraftFile(draft.getId(), path, content, now, user.email())));
    return draft;
  }

  /**
   * Replaces the draft of an existing course with the zip's files; learners see no change until
   * Publish.
   */
  public void importAsDraft(SignedInUser user, String slug, byte[] zip) {
    CourseDraft draft = access.change(user, slug);
    CourseArchiveFormat.CourseFiles course = readArchive(zip);
    checkContent(user, slug, course.files());
    history.replaceFiles(draft, course.files(), user);
  }

  private CourseArchiveFormat.CourseFiles readArchive(byte[] zip) {
    try {
      CourseArchiveFormat.CourseFiles course = zips.read(zip);
      for (String path : course.files().keySet()) {
        if (!DraftPaths.isValid(path)) {
          throw invalid(
              course.folder() + "/" + path,
              "is not a name Hearth keeps: use letters, digits, '.', '-' and '_', in at most three"
                  + " levels of folders");
        }
      }
      return course;
    } catch (ArchiveProblem e) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "The zip was refused and nothing was written: " + e.getMessage());
    }
  }

  private void checkContent(SignedInUser user, String slug, Map<String, byte[]> files) {
    if (!files.containsKey(CourseDrafts.COURSE_YAML)) {
      throw invalid(
          slug + "/course.yaml",
          "is missing; a course folder needs a course.yaml with at least a title");
    }
    CourseFilesReader.Reading reading = reader.read(slug, files);
    if (reading.reading().course().isEmpty()) {
      throw new AuthoringProblem(
          AuthoringProblem.Kind.INVALID,
          "The zip was refused and nothing was written: its course has problems. Fix them and"
              + " upload it again.",
          reading.reading().problems());
    }
    String text = new String(files.get(CourseDrafts.COURSE_YAML), StandardCharsets.UTF_8);
    if (!user.has(Role.ADMINISTRATOR)
        && !SourceTitles.instructors(text).contains(user.email().toLowerCase(Locale.ROOT))) {
      throw invalid(
          slug + "/course.yaml",
          "does not list you ("
              + user.email()
              + ") under instructors, so you could not edit the course after importing it; add"
              + " yourself and upload again");
    }
  }

  private static AuthoringProblem invalid(String entry, String reason) {
    return new AuthoringProblem(
        AuthoringProblem.Kind.INVALID,
        "The zip was refused and nothing was written: " + Display.clip(entry) + " " + reason + ".");
  }
}
