package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.catalog.SupportLink;
import org.hearth.domain.catalog.SupportResources;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.infrastructure.markdown.MarkdownRenderer;

/**
 * Reads a course's course.yaml into its catalogue details, reporting each field that is missing,
 * unknown or of the wrong shape at its line. Fields are read in the order of the file's
 * documentation, so problems come in the order an author reads them.
 */
final class CourseDetailsReader {

  private static final Set<String> COURSE_FIELDS =
      Set.of(
          "title",
          "summary",
          "authors",
          "language",
          "tags",
          "estimated_minutes",
          "content_note",
          "support_resources",
          "sequential",
          "discreet",
          "quick_exit_url",
          "enrolment",
          "enrolment_key",
          "instructors",
          // read by CourseFolderReader: it changes how the whole folder is read
          "strict");
  private static final Set<String> SUPPORT_FIELDS = Set.of("title", "text", "links");
  private static final Set<String> LINK_FIELDS = Set.of("label", "url");

  private final ProblemList problems;
  private final MarkdownRenderer markdown;

  CourseDetailsReader(ProblemList problems, MarkdownRenderer markdown) {
    this.problems = problems;
    this.markdown = markdown;
  }

  /**
   * The details, or null when the title is missing.
   *
   * @param totalMinutes the minutes of all lessons, the estimate when the file gives none
   */
  CourseDetails read(YamlMapping yaml, String path, int totalMinutes) {
    yaml.rejectUnknownKeys(COURSE_FIELDS);
    Optional<String> title = yaml.requiredText("title");
    String summary = yaml.text("summary").orElse("");
    List<String> authors = yaml.textList("authors");
    String language = language(yaml, path);
    List<String> tags = yaml.textList("tags");
    int minutes = yaml.wholeNumber("estimated_minutes", 0, 100_000).orElse(totalMinutes);
    String contentNote = yaml.text("content_note").orElse(null);
    String quickExit = quickExit(yaml, path);
    SupportResources support =
        yaml.mapping("support_resources").map(m -> readSupport(m, path)).orElse(null);
    EnrolmentMode mode = enrolmentMode(yaml, path);
    String key = yaml.text("enrolment_key").orElse(null);
    if (mode == EnrolmentMode.KEY && key == null) {
      problems.add(
          path,
          yaml.lineOfKey("enrolment"),
          "enrolment: key needs an enrolment_key for learners to type");
    }
    List<String> instructors = instructors(yaml, path);
    if (title.isEmpty()) {
      return null;
    }
    return new CourseDetails(
        title.get(),
        summary,
        authors,
        language,
        tags,
        minutes,
        contentNote,
        support,
        yaml.yesNo("sequential", false),
        yaml.yesNo("discreet", false),
        quickExit,
        mode,
        key,
        instructors);
  }

  private String language(YamlMapping yaml, String path) {
    String language = yaml.text("language").orElse("en");
    if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
      problems.add(
          path,
          yaml.lineOfKey("language"),
          "language must be a language tag such as en or en-GB, not \"" + language + "\"");
    }
    return language;
  }

  private String quickExit(YamlMapping yaml, String path) {
    String quickExit = yaml.text("quick_exit_url").orElse(null);
    if (quickExit != null && !quickExit.matches("https?://[^\\s\"'<>]+")) {
      problems.add(
          path,
          yaml.lineOfKey("quick_exit_url"),
          "quick_exit_url must be an http or https address, not \"" + quickExit + "\"");
    }
    return quickExit;
  }

  private EnrolmentMode enrolmentMode(YamlMapping yaml, String path) {
    Optional<String> modeText = yaml.text("enrolment");
    if (modeText.isEmpty()) {
      return EnrolmentMode.OPEN;
    }
    try {
      return EnrolmentMode.valueOf(modeText.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          path,
          yaml.lineOfKey("enrolment"),
          "enrolment must be open, key or closed, not \"" + modeText.get() + "\"");
      return EnrolmentMode.OPEN;
    }
  }

  private List<String> instructors(YamlMapping yaml, String path) {
    List<String> instructors = yaml.textList("instructors");
    for (String email : instructors) {
      if (!email.matches("[^@\\s]+@[^@\\s]+")) {
        problems.add(
            path,
            yaml.lineOfKey("instructors"),
            "instructors must be email addresses, not \"" + email + "\"");
      }
    }
    return instructors;
  }

  private SupportResources readSupport(YamlMapping yaml, String path) {
    yaml.rejectUnknownKeys(SUPPORT_FIELDS);
    String title = yaml.requiredText("title").orElse("");
    String html = yaml.text("text").map(markdown::render).orElse("");
    List<SupportLink> links = new ArrayList<>();
    for (YamlMapping link : yaml.mappingList("links")) {
      link.rejectUnknownKeys(LINK_FIELDS);
      Optional<String> label = link.requiredText("label");
      Optional<String> url = link.requiredText("url");
      if (url.isPresent() && !url.get().matches("(https?://|mailto:|tel:)[^\\s\"'<>]+")) {
        problems.add(
            path,
            link.lineOfKey("url"),
            "url must start with https://, http://, mailto: or tel:, not \"" + url.get() + "\"");
      } else if (label.isPresent() && url.isPresent()) {
        links.add(new SupportLink(label.get(), url.get()));
      }
    }
    return new SupportResources(title, html, links);
  }
}
