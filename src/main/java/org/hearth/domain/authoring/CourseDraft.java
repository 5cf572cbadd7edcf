package org.hearth.domain.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hearth.domain.shared.StringListConverter;

/**
 * The working copy of one course that instructors edit: its files live in {@link DraftFile} rows.
 * It remembers who may edit it (the instructors named in its course.yaml), whether it holds changes
 * not yet published, and, for a course that came from content/, the folder checksum it was last
 * synced with and whether it has been edited in the browser since.
 */
@Entity
@Table(name = "course_draft")
@NamedQuery(name = "CourseDraft.bySlug", query = "SELECT d FROM CourseDraft d WHERE d.slug = :slug")
@NamedQuery(name = "CourseDraft.all", query = "SELECT d FROM CourseDraft d ORDER BY d.title")
public class CourseDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_draft_ids")
  @TableGenerator(
      name = "course_draft_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "course_draft",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 100)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  @Convert(converter = StringListConverter.class)
  @Column(length = 4000)
  private List<String> instructors = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DraftOrigin origin;

  @Column(name = "folder_checksum", length = 64)
  private String folderChecksum;

  @Column(name = "edited_since_sync", nullable = false)
  private boolean editedSinceSync;

  @Column(nullable = false)
  private boolean unpublished;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  @Column(name = "edited_by", length = 254)
  private String editedBy;

  protected CourseDraft() {}

  public CourseDraft(String slug, String title, DraftOrigin origin, Instant at, String by) {
    this.slug = Objects.requireNonNull(slug, "slug");
    this.title = Objects.requireNonNull(title, "title");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.editedAt = at;
    this.editedBy = by;
    this.unpublished = true;
    this.editedSinceSync = origin != DraftOrigin.FOLDER;
  }

  /** Records a browser edit: the draft now differs from what was published and from its folder. */
  public void edited(Instant at, String by) {
    editedAt = at;
    editedBy = by;
    unpublished = true;
    editedSinceSync = true;
  }

  /** Records that the draft now holds exactly the files of its content/ folder. */
  public void synced(String checksum, Instant at) {
    folderChecksum = checksum;
    editedSinceSync = false;
    editedAt = at;
    editedBy = null;
  }

  /**
   * Keeps the browser's version after a sync conflict: the folder's current files count as seen.
   */
  public void keepBrowserVersion(String checksum) {
    folderChecksum = checksum;
  }

  public void published() {
    unpublished = false;
  }

  /** Takes the title and instructors from the draft's course.yaml, as last saved. */
  public void describe(String title, List<String> instructors) {
    this.title = title;
    this.instructors =
        new ArrayList<>(instructors.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
  }

  public boolean isTaughtBy(String email) {
    return email != null && instructors.contains(email.toLowerCase(Locale.ROOT));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public List<String> getInstructors() {
    return List.copyOf(instructors);
  }

  public DraftOrigin getOrigin() {
    return origin;
  }

  public String getFolderChecksum() {
    return folderChecksum;
  }

  public boolean isEditedSinceSync() {
    return editedSinceSync;
  }

  public boolean isUnpublished() {
    return unpublished;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public String getEditedBy() {
    return editedBy;
  }
}
