package org.hearth.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner chose "Continue to the lesson" after a lesson's content note, so it is not shown to
 * them again. Kept by course and lesson slug, as the learner knows the lesson.
 */
@Entity
@Table(name = "content_note_read")
@IdClass(ContentNoteRead.Key.class)
public class ContentNoteRead {

  /** The learner, the course and the lesson. */
  public record Key(Long accountId, Long courseId, String lessonSlug) implements Serializable {
    public Key() {
      this(null, null, null);
    }
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "course_id")
  private Long courseId;

  @Id
  @Column(name = "lesson_slug", length = 100)
  private String lessonSlug;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected ContentNoteRead() {}

  public ContentNoteRead(long accountId, long courseId, String lessonSlug, Instant readAt) {
    this.accountId = accountId;
    this.courseId = courseId;
    this.lessonSlug = Objects.requireNonNull(lessonSlug, "lessonSlug");
    this.readAt = Objects.requireNonNull(readAt, "readAt");
  }

  public String getLessonSlug() {
    return lessonSlug;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
