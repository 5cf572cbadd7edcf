package org.hearth.application.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseFilesReader;
import org.hearth.application.content.CourseSource;
import org.hearth.application.content.MarkdownToHtml;
import org.hearth.application.content.MarkdownTooDeep;
import org.hearth.domain.asset.CourseFileAddress;
import org.hearth.domain.authoring.CourseDraft;
import org.hearth.domain.catalog.LessonOutline;

/**
 * What an item being edited will look like, and what is wrong with it, before it is saved: the
 * draft is read with the edited text in place of the saved file, by the same reader and sanitiser
 * that learners' pages come from, and the problems in that file are returned with their lines.
 */
@ApplicationScoped
@Transactional
public class DraftPreview {

  @Inject DraftAccess access;
  @Inject CourseFilesReader reader;
  @Inject MarkdownToHtml markdown;

  /**
   * The preview: sanitised HTML, the edited file's problems, and the whole draft's problem count.
   */
  public record Preview(
      String html,
      List<ContentProblem> problems,
      int draftProblems,
      Optional<LessonOutline> item) {}

  public Preview preview(SignedInUser user, String slug, String path, String text) {
    CourseDraft draft = access.read(user, slug);
    DraftPaths.check(path);
    Map<String, byte[]> files = access.files(draft);
    // A preview runs as the instructor types: images only need to exist for links to check out.
    files.replaceAll(
        (name, bytes) -> CourseFileAddress.contentType(name).isPresent() ? new byte[0] : bytes);
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    CourseFilesReader.Reading reading = reader.read(slug, files);
    String filePath = "courses/" + slug + "/" + path;
    List<ContentProblem> mine =
        reading.reading().problems().stream().filter(p -> p.path().equals(filePath)).toList();
    Optional<LessonOutline> item = reading.reading().course().flatMap(c -> item(c, path));
    String html =
        draftImages(slug, item.map(PreviewHtml::of).orElseGet(() -> fallback(path, text)));
    return new Preview(html, mine, reading.reading().problems().size(), item);
  }

  /**
   * Points images at the draft's own assets (served to its editors from the editor pages' folder),
   * so an image uploaded but not yet published shows in the preview.
   */
  private static String draftImages(String slug, String html) {
    return html.replace(
        "src=\"../../assets/" + slug + "/",
        "src=\"../api/instructor/courses/" + slug + "/draft-assets/");
  }

  /** The item a file defines, found by the slug in its name. */
  private static Optional<LessonOutline> item(CourseSource course, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String slug =
        name.replaceFirst("^\\d{1,4}-", "")
            .replaceFirst("(\\.worksheet\\.md|\\.quiz\\.yaml|\\.gift|\\.md)$", "");
    return course.modules().stream()
        .flatMap(m -> m.lessons().stream())
        .filter(l -> l.slug().equals(slug))
        .findFirst();
  }

  /** The preview of a file as it is saved in the draft. */
  public Preview previewSaved(SignedInUser user, String slug, String path) {
    CourseDraft draft = access.read(user, slug);
    byte[] saved = access.files(draft).get(path);
    if (saved == null) {
      throw AuthoringProblem.notFound("The file \"" + Display.clip(path) + "\"");
    }
    return preview(user, slug, path, new String(saved, StandardCharsets.UTF_8));
  }

  /**
   * When the draft does not read (a problem here or in another file), a lesson's body is still
   * rendered and sanitised, without the link checks a full read makes.
   */
  private String fallback(String path, String text) {
    if (!path.endsWith(".md") || path.endsWith(".worksheet.md")) {
      return "<p>The preview appears once the problems listed are fixed.</p>";
    }
    String body = text;
    if (text.startsWith("---")) {
      int end = text.indexOf("\n---", 3);
      int next = end < 0 ? -1 : text.indexOf('\n', end + 4);
      body = next < 0 ? "" : text.substring(next + 1);
    }
    try {
      return markdown.render(body);
    } catch (MarkdownTooDeep e) {
      return "<p>The preview cannot be shown: this text " + e.getMessage() + ".</p>";
    }
  }
}
