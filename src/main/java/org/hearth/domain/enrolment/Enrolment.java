package org.hearth.domain.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner's place in a course. Leaving keeps the record (inactive), so progress is all there if
 * they join again. Also remembers the last lesson viewed and when the course was first completed.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = "Enrolment.find",
    query = "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.courseId = :course")
@NamedQuery(
    name = "Enrolment.activeOf",
    query =
        "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.active = TRUE ORDER BY"
            + " e.enrolledAt DESC")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "enrolment_ids")
  @TableGenerator(
      name = "enrolment_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "enrolment",
      allocationSize = 10)
  private Long id;

  @Version private long version;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "last_lesson_slug", length = 100)
  private String lastLessonSlug;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Enrolment() {}

  public Enrolment(Long accountId, Long courseId, Instant at) {
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.courseId = Objects.requireNonNull(courseId, "courseId");
    this.enrolledAt = Objects.requireNonNull(at, "at");
    this.active = true;
  }

  public void rejoin(Instant at) {
    if (!active) {
      active = true;
      enrolledAt = at;
    }
  }

  public void leave() {
    active = false;
  }

  /** Returns true when this changed what is stored. */
  public boolean viewed(String lessonSlug) {
    if (Objects.equals(lastLessonSlug, lessonSlug)) {
      return false;
    }
    lastLessonSlug = lessonSlug;
    return true;
  }

  /** Records the first completion only; later completions keep the original date. */
  public void completed(Instant at) {
    if (completedAt == null) {
      completedAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getCourseId() {
    return courseId;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public String getLastLessonSlug() {
    return lastLessonSlug;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
