package org.hearth.domain.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A learner's answers to a quiz they have not submitted yet, saved as they go. */
@Entity
@Table(name = "quiz_draft")
@IdClass(QuizDraft.Key.class)
public class QuizDraft {

  /** The learner and the quiz. */
  public record Key(Long accountId, Long lessonId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "lesson_id")
  private Long lessonId;

  @Version private long version;

  @Lob
  @Convert(converter = QuizAnswersConverter.class)
  @Column(nullable = false)
  private QuizAnswers answers;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected QuizDraft() {}

  public QuizDraft(long accountId, long lessonId, QuizAnswers answers, Instant savedAt) {
    this.accountId = accountId;
    this.lessonId = lessonId;
    save(answers, savedAt);
  }

  public final void save(QuizAnswers answers, Instant savedAt) {
    this.answers = Objects.requireNonNull(answers, "answers");
    this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
  }

  public Long getLessonId() {
    return lessonId;
  }

  public QuizAnswers getAnswers() {
    return answers;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
