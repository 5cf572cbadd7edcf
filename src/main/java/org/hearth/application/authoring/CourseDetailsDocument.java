package org.hearth.application.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A course.yaml as the course details form edits it: every field the content reader accepts, as
 * plain text a form can bind (lists one per line, support links as "label | url" lines), and
 * written back as YAML in the order content/README.md documents. Writing drops comments; the
 * content reader checks the result when the draft is previewed or published.
 */
public final class CourseDetailsDocument {

  private String title = "";
  private String summary = "";
  private String authors = "";
  private String language = "";
  private String tags = "";
  private Integer estimatedMinutes;
  private boolean sequential;
  private boolean discreet;
  private String contentNote = "";
  private String supportTitle = "";
  private String supportText = "";
  private String supportLinks = "";
  private String quickExitUrl = "";
  private String enrolment = "open";
  private String enrolmentKey = "";
  private String instructors = "";

  /** Not on the form, but kept: saving the details must not loosen a strict course. */
  private boolean strict;

  /** Reads course.yaml; throws IllegalArgumentException when it is not a YAML mapping. */
  public static CourseDetailsDocument parse(String yaml) {
    Map<?, ?> map = load(yaml);
    CourseDetailsDocument doc = new CourseDetailsDocument();
    doc.title = DetailsYaml.text(map.get("title"));
    doc.summary = DetailsYaml.text(map.get("summary"));
    doc.authors = DetailsYaml.lines(map.get("authors"));
    doc.language = DetailsYaml.text(map.get("language"));
    doc.tags =
        map.get("tags") instanceof List<?> list
            ? String.join(", ", list.stream().map(String::valueOf).toList())
            : DetailsYaml.text(map.get("tags"));
    doc.estimatedMinutes = map.get("estimated_minutes") instanceof Number n ? n.intValue() : null;
    doc.sequential = Boolean.TRUE.equals(map.get("sequential"));
    doc.discreet = Boolean.TRUE.equals(map.get("discreet"));
    doc.contentNote = DetailsYaml.text(map.get("content_note"));
    if (map.get("support_resources") instanceof Map<?, ?> support) {
      doc.readSupport(support);
    }
    doc.quickExitUrl = DetailsYaml.text(map.get("quick_exit_url"));
    doc.enrolment = map.get("enrolment") == null ? "open" : DetailsYaml.text(map.get("enrolment"));
    doc.enrolmentKey = DetailsYaml.text(map.get("enrolment_key"));
    doc.instructors = DetailsYaml.lines(map.get("instructors"));
    Object strictValue = map.get("strict");
    doc.strict =
        Boolean.TRUE.equals(strictValue) || "yes".equalsIgnoreCase(String.valueOf(strictValue));
    return doc;
  }

  private static Map<?, ?> load(String yaml) {
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "course.yaml is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("course.yaml does not hold a mapping of fields");
    }
    return map;
  }

  /** Support links become "label | url" lines, one a line, as the form edits them. */
  private void readSupport(Map<?, ?> support) {
    supportTitle = DetailsYaml.text(support.get("title"));
    supportText = DetailsYaml.text(support.get("text"));
    List<String> links = new ArrayList<>();
    if (support.get("links") instanceof List<?> list) {
      for (Object link : list) {
        if (link instanceof Map<?, ?> l) {
          links.add(DetailsYaml.text(l.get("label")) + " | " + DetailsYaml.text(l.get("url")));
        }
      }
    }
    supportLinks = String.join("\n", links);
  }

  public String toYaml() {
    StringBuilder out = new StringBuilder();
    YamlScalar.append(out, "title:", title.strip(), 2);
    DetailsYaml.optional(out, "summary:", summary);
    DetailsYaml.list(out, "authors:", authors);
    DetailsYaml.optional(out, "language:", language);
    writeTags(out);
    if (estimatedMinutes != null) {
      out.append("estimated_minutes: ").append(estimatedMinutes).append('\n');
    }
    out.append("sequential: ").append(sequential).append('\n');
    if (discreet) {
      out.append("discreet: true\n");
    }
    DetailsYaml.optional(out, "content_note:", contentNote);
    if (!supportTitle.isBlank() || !supportText.isBlank() || !supportLinks.isBlank()) {
      writeSupport(out);
    }
    DetailsYaml.optional(out, "quick_exit_url:", quickExitUrl);
    out.append("enrolment: ")
        .append(enrolment.strip().isEmpty() ? "open" : YamlScalar.inline(enrolment.strip()))
        .append('\n');
    DetailsYaml.optional(out, "enrolment_key:", enrolmentKey);
    DetailsYaml.list(out, "instructors:", instructors);
    if (strict) {
      out.append("strict: true\n");
    }
    return out.toString();
  }

  /** Tags are one comma-separated line in the form, a list in YAML. */
  private void writeTags(StringBuilder out) {
    List<String> tagList =
        Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (!tagList.isEmpty()) {
      out.append("tags:\n");
      tagList.forEach(t -> YamlScalar.append(out, "  -", t, 4));
    }
  }

  private void writeSupport(StringBuilder out) {
    out.append("support_resources:\n");
    YamlScalar.append(out, "  title:", supportTitle.strip(), 4);
    if (!supportText.isBlank()) {
      YamlScalar.append(out, "  text:", supportText.replace("\r\n", "\n").strip() + "\n", 4);
    }
    List<String> links = DetailsYaml.nonEmptyLines(supportLinks);
    if (!links.isEmpty()) {
      out.append("  links:\n");
      for (String link : links) {
        int bar = link.lastIndexOf('|');
        String label = bar < 0 ? link : link.substring(0, bar).strip();
        String url = bar < 0 ? "" : link.substring(bar + 1).strip();
        YamlScalar.append(out, "    - label:", label, 8);
        YamlScalar.append(out, "      url:", url, 8);
      }
    }
  }

  public List<String> instructorList() {
    return DetailsYaml.nonEmptyLines(instructors);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary == null ? "" : summary;
  }

  public String getAuthors() {
    return authors;
  }

  public void setAuthors(String authors) {
    this.authors = authors == null ? "" : authors;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language == null ? "" : language;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags == null ? "" : tags;
  }

  public Integer getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public void setEstimatedMinutes(Integer estimatedMinutes) {
    this.estimatedMinutes = estimatedMinutes;
  }

  public boolean isDiscreet() {
    return discreet;
  }

  public void setDiscreet(boolean discreet) {
    this.discreet = discreet;
  }

  public boolean isSequential() {
    return sequential;
  }

  public void setSequential(boolean sequential) {
    this.sequential = sequential;
  }

  public String getContentNote() {
    return contentNote;
  }

  public void setContentNote(String contentNote) {
    this.contentNote = contentNote == null ? "" : contentNote;
  }

  public String getSupportTitle() {
    return supportTitle;
  }

  public void setSupportTitle(String supportTitle) {
    this.supportTitle = supportTitle == null ? "" : supportTitle;
  }

  public String getSupportText() {
    return supportText;
  }

  public void setSupportText(String supportText) {
    this.supportText = supportText == null ? "" : supportText;
  }

  public String getSupportLinks() {
    return supportLinks;
  }

  public void setSupportLinks(String supportLinks) {
    this.supportLinks = supportLinks == null ? "" : supportLinks;
  }

  public String getQuickExitUrl() {
    return quickExitUrl;
  }

  public void setQuickExitUrl(String quickExitUrl) {
    this.quickExitUrl = quickExitUrl == null ? "" : quickExitUrl;
  }

  public String getEnrolment() {
    return enrolment;
  }

  public void setEnrolment(String enrolment) {
    this.enrolment = enrolment == null ? "open" : enrolment;
  }

  public String getEnrolmentKey() {
    return enrolmentKey;
  }

  public void setEnrolmentKey(String enrolmentKey) {
    this.enrolmentKey = enrolmentKey == null ? "" : enrolmentKey;
  }

  public String getInstructors() {
    return instructors;
  }

  public void setInstructors(String instructors) {
    this.instructors = instructors == null ? "" : instructors;
  }
}
