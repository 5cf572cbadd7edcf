package org.hearth.application.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.progress.CourseProgress;
import org.hearth.application.progress.ProgressService;
import org.hearth.domain.certificate.Certificate;
import org.hearth.domain.certificate.VerificationCode;
import org.hearth.infrastructure.persistence.CertificateRepository;

/**
 * Certificates of completion: issued once per learner and course, after the course is complete, and
 * verifiable by their code alone.
 */
@ApplicationScoped
public class CertificateService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CertificateRepository certificates;
  @Inject CertificateWrites writes;
  @Inject ProgressService progress;
  @Inject Clock clock;

  @Inject CertificateRenderer pdf;

  /** What /verify shows for a code: the name printed, the course and the date, nothing more. */
  public record Verification(
      String nameOnCertificate, String courseTitle, LocalDate completedOn, String code) {}

  /**
   * The learner's certificate for a course they completed, issued on first request. The same
   * certificate comes back every time after, even if two requests race to issue it.
   */
  public Certificate issue(SignedInUser learner, CourseView course) {
    CourseProgress current = progress.of(Optional.of(learner), course);
    if (current.completedAt().isEmpty()) {
      throw new IllegalStateException("the course is not complete yet");
    }
    Optional<Certificate> existing = writes.find(learner.id(), course.id());
    if (existing.isPresent()) {
      return existing.get();
    }
    LocalDate completedOn = current.completedAt().get().atZone(ZoneOffset.UTC).toLocalDate();
    Certificate fresh =
        new Certificate(
            VerificationCode.generate(RANDOM),
            learner.id(),
            course.id(),
            learner.displayName(),
            course.title(),
            completedOn,
            clock.instant());
    try {
      writes.add(fresh);
      return fresh;
    } catch (RuntimeException e) {
      return writes.find(learner.id(), course.id()).orElseThrow(() -> e);
    }
  }

  public byte[] pdf(Certificate certificate, String verifyUrl) {
    return pdf.certificate(
        certificate.getNameOnCertificate(),
        certificate.getCourseTitle(),
        certificate.getCompletedOn(),
        certificate.getCode(),
        verifyUrl);
  }

  /** Looks a typed code up; malformed and unknown codes alike find nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Verification> verify(String typed) {
    return VerificationCode.normalise(typed)
        .flatMap(certificates::byCode)
        .map(
            c ->
                new Verification(
                    c.getNameOnCertificate(), c.getCourseTitle(), c.getCompletedOn(), c.getCode()));
  }
}
