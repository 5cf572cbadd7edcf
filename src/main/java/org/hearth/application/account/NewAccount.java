package org.hearth.application.account;

import org.hearth.domain.account.Account;

/**
 * An account just registered, with its first recovery code in the form to show its owner, once. The
 * code exists nowhere else: the account holds only its hash.
 */
public record NewAccount(Account account, String recoveryCode) {

  @Override
  public String toString() {
    return "NewAccount[" + account.getId() + "]"; // never the code, should this reach a log
  }
}
