package org.hearth.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.application.account.AccountService;
import org.hearth.domain.account.Account;
import org.omnifaces.util.Messages;

/** Administrators: every account, with the instructor role granted or revoked here. */
@Named
@RequestScoped
public class AccountsPage {

  @Inject AccountService accounts;

  private List<Account> all;

  public List<Account> getAccounts() {
    if (all == null) {
      all = accounts.all();
    }
    return all;
  }

  public void grantInstructor(long accountId) {
    accounts.setInstructor(accountId, true);
    all = null;
    Messages.addGlobalInfo("The account can now teach. It takes effect when they next sign in.");
  }

  public void revokeInstructor(long accountId) {
    accounts.setInstructor(accountId, false);
    all = null;
    Messages.addGlobalInfo("The account no longer has the instructor role. It takes effect when they next sign in.");
  }
}
