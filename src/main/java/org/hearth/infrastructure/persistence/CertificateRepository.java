package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.certificate.Certificate;

/** Certificates of completion. */
@ApplicationScoped
public class CertificateRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public Optional<Certificate> byCode(String code) {
    return em.createNamedQuery("Certificate.byCode", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Certificate> of(long accountId, long courseId) {
    return em.createNamedQuery("Certificate.of", Certificate.class)
        .setParameter("account", accountId)
        .setParameter("course", courseId)
        .getResultStream()
        .findFirst();
  }

  public List<Certificate> allOf(long accountId) {
    return em.createNamedQuery("Certificate.allOf", Certificate.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Inserts and flushes, so a racing second certificate fails here, on the unique constraint. */
  public void add(Certificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  public void removeAllOf(long accountId) {
    em.createQuery("DELETE FROM Certificate c WHERE c.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
