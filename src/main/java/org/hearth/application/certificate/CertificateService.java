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

  /**
   * What /verify shows for a code: the name printed, the course and the date, nothing more; the
   * course is null when its learner keeps it off the page.
   */
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
    // Where the course is discreet for them, the verification page names it only once they say.
    fresh.setShowCourse(!SignedInUser.discreetIn(Optional.of(learner), course.discreet()));
    try {
      writes.add(fresh);
      return fresh;
    } catch (RuntimeException e) {
      return writes.find(learner.id(), course.id()).orElseThrow(() -> e);
    }
  }

  /** The certificate; its document details name no course when the course is discreet. */
  public byte[] pdf(Certificate certificate, String verifyUrl, boolean discreet) {
    byte[] printed =
        pdf.certificate(
            certificate.getNameOnCertificate(),
            certificate.getCourseTitle(),
            certificate.getCompletedOn(),
            certificate.getCode(),
            verifyUrl);
    return discreet ? pdf.withNeutralDetails(printed) : printed;
  }

  /**
   * Whether the verification page names the course of the learner's certificate: as they chose, or
   * as it will be issued (not where the course is discreet for them).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean showsCourse(SignedInUser learner, CourseView course) {
    return certificates
        .of(learner.id(), course.id())
        .map(Certificate::isShowCourse)
        .orElse(!SignedInUser.discreetIn(Optional.of(learner), course.discreet()));
  }

  /** The learner's choice whether people checking their certificate see the course's name. */
  public Certificate showCourse(SignedInUser learner, CourseView course, boolean show) {
    issue(learner, course);
    return writes.showCourse(learner.id(), course.id(), show);
  }

  /** Looks a typed code up; malformed and unknown codes alike find nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Verification> verify(String typed) {
    return VerificationCode.normalise(typed)
        .flatMap(certificates::byCode)
        .map(
            c ->
                new Verification(
                    c.getNameOnCertificate(),
                    c.isShowCourse() ? c.getCourseTitle() : null,
                    c.getCompletedOn(),
                    c.getCode()));
  }
}
