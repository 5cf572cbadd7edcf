package org.hearth.domain.authoring;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One file of a course draft, by its path inside the course folder (such as {@code
 * 01-safety-first/01-why-empathy.md}). Its {@code @Version} is what turns two instructors saving
 * the same file into a conflict instead of a silent overwrite.
 */
@Entity
@Table(name = "draft_file")
@NamedQuery(
    name = "DraftFile.of",
    query = "SELECT f FROM DraftFile f WHERE f.draftId = :draft ORDER BY f.path")
@NamedQuery(
    name = "DraftFile.byPath",
    query = "SELECT f FROM DraftFile f WHERE f.draftId = :draft AND f.path = :path")
public class DraftFile {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "draft_file_ids")
  @TableGenerator(
      name = "draft_file_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "draft_file",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "draft_id", nullable = false)
  private Long draftId;

  @Column(nullable = false, length = 400)
  private String path;

  @Lob
  @Basic(fetch = FetchType.EAGER)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  @Column(name = "edited_by", length = 254)
  private String editedBy;

  protected DraftFile() {}

  public DraftFile(long draftId, String path, byte[] content, Instant at, String by) {
    this.draftId = draftId;
    this.path = Objects.requireNonNull(path, "path");
    this.content = content.clone();
    this.editedAt = at;
    this.editedBy = by;
  }

  public void replace(byte[] newContent, Instant at, String by) {
    content = newContent.clone();
    editedAt = at;
    editedBy = by;
  }

  /** Gives the file a new path, as a reorder does when it renumbers files. */
  public void move(String newPath, byte[] newContent, Instant at, String by) {
    path = Objects.requireNonNull(newPath, "newPath");
    replace(newContent, at, by);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getPath() {
    return path;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public String getEditedBy() {
    return editedBy;
  }
}
