package org.hearth.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.DisplayChoice;
import org.hearth.infrastructure.persistence.AccountRepository;

/**
 * Keeps a learner's colours and text size on their account, so signing in on another browser brings
 * them along. The browser's own copy (a cookie) is the web layer's.
 */
@ApplicationScoped
public class DisplayChoiceService {

  @Inject AccountRepository accounts;

  /** The learner's saved choice; empty until they make one, or when the account is gone. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<DisplayChoice> of(long accountId) {
    return accounts.findById(accountId).flatMap(Account::getDisplayChoice);
  }

  /** Keeps the choice; nothing happens for an account that no longer exists. */
  @Transactional
  public void save(long accountId, DisplayChoice choice) {
    accounts.findById(accountId).ifPresent(account -> account.setDisplayChoice(choice));
  }
}
