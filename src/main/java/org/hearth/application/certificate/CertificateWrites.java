package org.hearth.application.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hearth.domain.certificate.Certificate;
import org.hearth.infrastructure.persistence.CertificateRepository;

/** The transactional reads and writes, in their own bean so each runs in a fresh transaction. */
@ApplicationScoped
public class CertificateWrites {

  @Inject CertificateRepository certificates;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Certificate> find(long accountId, long courseId) {
    return certificates.of(accountId, courseId);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(Certificate certificate) {
    certificates.add(certificate);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Certificate showCourse(long accountId, long courseId, boolean show) {
    Certificate certificate =
        certificates
            .of(accountId, courseId)
            .orElseThrow(() -> new IllegalStateException("no certificate to change"));
    certificate.setShowCourse(show);
    return certificate;
  }
}
