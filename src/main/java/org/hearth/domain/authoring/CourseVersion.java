package org.hearth.domain.authoring;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * One publish of a course, kept for history: who published it, when, a summary of what changed, and
 * the published files as a zip in the content/ folder format. Written once, never changed. The
 * archive is loaded only when asked for.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "course_version_ids")
  @TableGenerator(
      name = "course_version_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "course_version",
      allocationSize = 10)
  private Long id;

  @Column(name = "draft_id", nullable = false)
  private Long draftId;

  @Column(nullable = false)
  private int number;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", length = 254)
  private String publishedBy;

  @Lob
  @Column(nullable = false)
  private String summary;

  @Column(nullable = false, length = 64)
  private String checksum;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] archive;

  protected CourseVersion() {}

  public CourseVersion(
      long draftId,
      int number,
      Instant publishedAt,
      String publishedBy,
      String summary,
      String checksum,
      byte[] archive) {
    this.draftId = draftId;
    this.number = number;
    this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    this.publishedBy = publishedBy;
    this.summary = Objects.requireNonNull(summary, "summary");
    this.checksum = Objects.requireNonNull(checksum, "checksum");
    this.archive = archive.clone();
  }

  public Long getId() {
    return id;
  }

  public Long getDraftId() {
    return draftId;
  }

  public int getNumber() {
    return number;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public String getSummary() {
    return summary;
  }

  public String getChecksum() {
    return checksum;
  }

  public byte[] getArchive() {
    return archive.clone();
  }
}
