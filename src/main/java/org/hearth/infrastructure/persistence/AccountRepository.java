package org.hearth.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.account.Account;

/** Accounts in the database. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext(unitName = "hearth")
  EntityManager em;

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public List<Account> findAll() {
    return em.createNamedQuery("Account.findAll", Account.class).getResultList();
  }

  /** Persists and flushes, so a duplicate email fails here, inside the caller's transaction. */
  public void add(Account account) {
    em.persist(account);
    em.flush();
  }

  /**
   * Reads the account again and locks its row until the transaction ends, so a change checked
   * against what was just read cannot race another one.
   */
  public void refreshForUpdate(Account account) {
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
  }

  public void remove(Account account) {
    em.remove(em.contains(account) ? account : em.merge(account));
  }

  public EntityManager entityManager() {
    return em;
  }
}
