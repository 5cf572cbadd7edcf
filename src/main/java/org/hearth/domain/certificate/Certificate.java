package org.hearth.domain.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate of completion: what it says (the name printed on it, the course, the date) and the
 * random code that verifies it. Written once; deleting the account deletes it, and the code then
 * verifies nothing.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
    name = "Certificate.of",
    query = "SELECT c FROM Certificate c WHERE c.accountId = :account AND c.courseId = :course")
@NamedQuery(
    name = "Certificate.allOf",
    query = "SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedAt")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "certificate_ids")
  @TableGenerator(
      name = "certificate_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "certificate",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "course_id", nullable = false)
  private Long courseId;

  @Column(name = "name_on_certificate", nullable = false, length = 60)
  private String nameOnCertificate;

  @Column(name = "course_title", nullable = false, length = 300)
  private String courseTitle;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  /** Whether the public verification page names the course, or only says it is genuine. */
  @Column(name = "show_course", nullable = false)
  private boolean showCourse = true;

  protected Certificate() {}

  public Certificate(
      String code,
      long accountId,
      long courseId,
      String nameOnCertificate,
      String courseTitle,
      LocalDate completedOn,
      Instant issuedAt) {
    this.code = Objects.requireNonNull(code, "code");
    this.accountId = accountId;
    this.courseId = courseId;
    this.nameOnCertificate = Objects.requireNonNull(nameOnCertificate, "nameOnCertificate");
    this.courseTitle = Objects.requireNonNull(courseTitle, "courseTitle");
    this.completedOn = Objects.requireNonNull(completedOn, "completedOn");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public String getCode() {
    return code;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getCourseId() {
    return courseId;
  }

  public String getNameOnCertificate() {
    return nameOnCertificate;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public boolean isShowCourse() {
    return showCourse;
  }

  public void setShowCourse(boolean showCourse) {
    this.showCourse = showCourse;
  }
}
