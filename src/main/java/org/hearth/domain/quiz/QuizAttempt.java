package org.hearth.domain.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One submitted attempt at a quiz, graded on the server when it was submitted. Written once and
 * never changed, so it carries no version. Unique constraints on (learner, quiz, number) and on the
 * page's attempt token keep the attempt limit and make a double submit store one attempt.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = "QuizAttempt.of",
    query =
        "SELECT a FROM QuizAttempt a WHERE a.accountId = :account AND a.lessonId = :lesson ORDER BY"
            + " a.number")
@NamedQuery(
    name = "QuizAttempt.byToken",
    query = "SELECT a FROM QuizAttempt a WHERE a.token = :token")
@NamedQuery(
    name = "QuizAttempt.allOf",
    query = "SELECT a FROM QuizAttempt a WHERE a.accountId = :account ORDER BY a.submittedAt")
public class QuizAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "attempt_ids")
  @TableGenerator(
      name = "attempt_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "quiz_attempt",
      allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "lesson_id", nullable = false)
  private Long lessonId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 64)
  private String token;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal score;

  @Column(name = "max_score", nullable = false, precision = 10, scale = 2)
  private BigDecimal maxScore;

  @Column(nullable = false, precision = 5, scale = 2)
  private BigDecimal percent;

  @Column(nullable = false)
  private boolean passed;

  @Lob
  @Convert(converter = QuizAnswersConverter.class)
  @Column(nullable = false)
  private QuizAnswers answers;

  protected QuizAttempt() {}

  public QuizAttempt(
      long accountId,
      long courseId,
      long lessonId,
      int number,
      String token,
      Instant submittedAt,
      QuizGrade grade,
      QuizAnswers answers) {
    this.accountId = accountId;
    this.courseId = courseId;
    this.lessonId = lessonId;
    this.number = number;
    this.token = Objects.requireNonNull(token, "token");
    this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    this.score = decimal(grade.score());
    this.maxScore = decimal(grade.maxScore());
    this.percent = decimal(grade.percent());
    this.passed = grade.passed();
    this.answers = Objects.requireNonNull(answers, "answers");
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public long getLessonId() {
    return lessonId;
  }

  public int getNumber() {
    return number;
  }

  public String getToken() {
    return token;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public double getScore() {
    return score.doubleValue();
  }

  public double getMaxScore() {
    return maxScore.doubleValue();
  }

  public double getPercent() {
    return percent.doubleValue();
  }

  public boolean isPassed() {
    return passed;
  }

  public QuizAnswers getAnswers() {
    return answers;
  }
}
