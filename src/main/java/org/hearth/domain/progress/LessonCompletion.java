package org.hearth.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner finished a lesson. Written once and never changed; a unique constraint on learner and
 * lesson makes double clicks and two tabs still give one record.
 */
@Entity
@Table(name = "lesson_completion")
public class LessonCompletion {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "completion_ids")
  @TableGenerator(
      name = "completion_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "lesson_completion",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "lesson_id", nullable = false)
  private Long lessonId;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected LessonCompletion() {}

  public LessonCompletion(Long accountId, Long courseId, Long lessonId, Instant completedAt) {
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.courseId = Objects.requireNonNull(courseId, "courseId");
    this.lessonId = Objects.requireNonNull(lessonId, "lessonId");
    this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
  }

  public Long getCourseId() {
    return courseId;
  }

  public Long getLessonId() {
    return lessonId;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
