package org.hearth.domain.notes;

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
 * What one learner wrote for themselves beside one lesson. Only that learner ever reads it: no
 * page, figure or export shows it to instructors or administrators.
 */
@Entity
@Table(name = "private_note")
@IdClass(PrivateNote.Key.class)
public class PrivateNote {

  /** The longest note kept, in characters: many pages of writing. */
  public static final int MAX_LENGTH = 50_000;

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

  @Column(name = "lesson_title", nullable = false, length = 300)
  private String lessonTitle;

  @Version private long version;

  @Lob
  @Column(nullable = false)
  private String body;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected PrivateNote() {}

  public PrivateNote(long accountId, long courseId, String lessonSlug) {
    this.accountId = accountId;
    this.courseId = courseId;
    this.lessonSlug = Objects.requireNonNull(lessonSlug, "lessonSlug");
  }

  /** Keeps the text exactly as written, with the lesson's title as it was then. */
  public void write(String body, String lessonTitle, Instant savedAt) {
    this.body = Objects.requireNonNull(body, "body");
    this.lessonTitle = Objects.requireNonNull(lessonTitle, "lessonTitle");
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getLessonSlug() {
    return lessonSlug;
  }

  public String getLessonTitle() {
    return lessonTitle;
  }

  public String getBody() {
    return body;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
