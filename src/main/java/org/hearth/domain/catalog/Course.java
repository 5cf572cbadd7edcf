package org.hearth.domain.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.domain.shared.StringListConverter;

/**
 * A course as learners see it: its description, safety resources and outline of modules and
 * lessons. A course is identified by its slug, the name of its folder without the number.
 */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.findBySlug", query = "SELECT c FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = "Course.findAll", query = "SELECT c FROM Course c ORDER BY c.title")
@NamedQuery(
    name = "Course.revisionBySlug",
    query = "SELECT c.revision FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = "Course.checksums", query = "SELECT c.slug, c.checksum FROM Course c")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_ids")
  @TableGenerator(
      name = "course_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "course",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 100)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 2000)
  private String summary;

  @Convert(converter = StringListConverter.class)
  @Column(length = 2000)
  private List<String> authors = new ArrayList<>();

  @Column(length = 35)
  private String language;

  @Convert(converter = StringListConverter.class)
  @Column(length = 2000)
  private List<String> tags = new ArrayList<>();

  @Column(name = "estimated_minutes", nullable = false)
  private int estimatedMinutes;

  @Lob
  @Column(name = "content_note")
  private String contentNote;

  @Embedded private SupportResources support;

  @Column(nullable = false)
  private boolean sequential;

  @Column(nullable = false)
  private boolean discreet;

  @Column(name = "quick_exit_url", length = 2000)
  private String quickExitUrl;

  @Enumerated(EnumType.STRING)
  @Column(name = "enrolment_mode", nullable = false, length = 10)
  private EnrolmentMode enrolmentMode = EnrolmentMode.OPEN;

  @Column(name = "enrolment_key", length = 200)
  private String enrolmentKey;

  /** Emails of the course's instructors, lower-cased. */
  @Convert(converter = StringListConverter.class)
  @Column(length = 4000)
  private List<String> instructors = new ArrayList<>();

  /** SHA-256 of every file of the course folder; an unchanged folder is not imported again. */
  @Column(nullable = false, length = 64)
  private String checksum;

  /** Goes up by one each time learners would see something different; caches key on it. */
  @Column(nullable = false)
  private long revision;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<CourseModule> modules = new ArrayList<>();

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Lesson> lessons = new ArrayList<>();

  protected Course() {}

  public Course(String slug) {
    this.slug = Objects.requireNonNull(slug, "slug");
  }

  /**
   * Makes the course match its source: new details, and the outline in the given order. Modules and
   * lessons are matched by slug, so a lesson keeps its identity (and, later, learners' progress on
   * it) when it is edited or moved; lessons no longer in the source are removed.
   */
  public void revise(
      CourseDetails details, List<ModuleOutline> outline, String checksum, Instant at) {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(outline, "outline");
    OutlineMatch matched = new OutlineMatch(this, modules, lessons);
    boolean changed = describe(details);
    changed |= matched.apply(outline);
    modules.clear();
    modules.addAll(matched.modules());
    lessons.clear();
    lessons.addAll(matched.lessons());
    this.checksum = checksum;
    this.importedAt = at;
    if (changed) {
      revision++;
    }
  }

  private boolean describe(CourseDetails details) {
    boolean changed =
        !Objects.equals(title, details.title())
            || !Objects.equals(summary, details.summary())
            || !authors.equals(details.authors())
            || !Objects.equals(language, details.language())
            || !tags.equals(details.tags())
            || estimatedMinutes != details.estimatedMinutes()
            || !Objects.equals(contentNote, details.contentNote())
            || sequential != details.sequential()
            || discreet != details.discreet()
            || !Objects.equals(quickExitUrl, details.quickExitUrl())
            || enrolmentMode != details.enrolmentMode()
            || !Objects.equals(enrolmentKey, details.enrolmentKey())
            || !instructors.equals(details.instructors())
            || !sameSupport(details.support());
    title = details.title();
    summary = details.summary();
    authors = new ArrayList<>(details.authors());
    language = details.language();
    tags = new ArrayList<>(details.tags());
    estimatedMinutes = details.estimatedMinutes();
    contentNote = details.contentNote();
    support = details.support();
    sequential = details.sequential();
    discreet = details.discreet();
    quickExitUrl = details.quickExitUrl();
    enrolmentMode = details.enrolmentMode();
    enrolmentKey = details.enrolmentKey();
    instructors = new ArrayList<>(details.instructors());
    return changed;
  }

  private boolean sameSupport(SupportResources other) {
    if (support == null || other == null) {
      return support == other;
    }
    return Objects.equals(support.getTitle(), other.getTitle())
        && Objects.equals(support.getHtml(), other.getHtml())
        && support.getLinks().equals(other.getLinks());
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public List<String> getAuthors() {
    return List.copyOf(authors);
  }

  public String getLanguage() {
    return language;
  }

  public List<String> getTags() {
    return List.copyOf(tags);
  }

  public int getEstimatedMinutes() {
    return estimatedMinutes;
  }

  public String getContentNote() {
    return contentNote;
  }

  public SupportResources getSupport() {
    return support;
  }

  /** Whether discreet mode is this course's default (see {@code DiscreetMode}). */
  public boolean isDiscreet() {
    return discreet;
  }

  public boolean isSequential() {
    return sequential;
  }

  public String getQuickExitUrl() {
    return quickExitUrl;
  }

  public EnrolmentMode getEnrolmentMode() {
    return enrolmentMode;
  }

  public String getEnrolmentKey() {
    return enrolmentKey;
  }

  public List<String> getInstructors() {
    return List.copyOf(instructors);
  }

  public String getChecksum() {
    return checksum;
  }

  public long getRevision() {
    return revision;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public List<CourseModule> getModules() {
    return List.copyOf(modules);
  }

  /** All lessons of the course, in no particular order; modules give the reading order. */
  public List<Lesson> getLessons() {
    return List.copyOf(lessons);
  }
}
