package org.hearth.domain.worksheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What one learner wrote in one field of a worksheet. Visible to that learner only. One row per
 * field, so saves from two tabs that touch different fields both land.
 */
@Entity
@Table(name = "worksheet_answer")
@IdClass(WorksheetAnswer.Key.class)
public class WorksheetAnswer {

  /** The learner, the worksheet and the field. */
  public record Key(Long accountId, Long lessonId, String fieldName) implements Serializable {
    public Key() {
      this(null, null, null);
    }
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "lesson_id")
  private Long lessonId;

  @Id
  @Column(name = "field_name", length = 80)
  private String fieldName;

  @Version private long version;

  @Lob
  @Column(nullable = false)
  private String answer;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected WorksheetAnswer() {}

  public WorksheetAnswer(
      long accountId, long lessonId, String fieldName, String answer, Instant savedAt) {
    this.accountId = accountId;
    this.lessonId = lessonId;
    this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
    write(answer, savedAt);
  }

  public final void write(String answer, Instant savedAt) {
    this.answer = Objects.requireNonNull(answer, "answer");
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public long getLessonId() {
    return lessonId;
  }

  public String getFieldName() {
    return fieldName;
  }

  public String getAnswer() {
    return answer;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
