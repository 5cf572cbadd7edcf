package org.hearth.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.hearth.application.account.AccountService;
import org.hearth.domain.account.Account;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Administrators: every account, with the instructor role granted or revoked here. */
@Named
@RequestScoped
public class AccountsPage {

  static final String ACCOUNT_PARAMETER = "account";

  @Inject AccountService accounts;

  private List<Account> all;

  public List<Account> getAccounts() {
    if (all == null) {
      all = accounts.all();
    }
    return all;
  }

  /**
   * The buttons act on the account their form names, never on "row n" of the list: views are
   * stateless, so the list is read again on every postback, and an account registered since the
   * page was shown would otherwise shift the rows under the administrator's click.
   */
  public void grantInstructor() {
    chosenAccount()
        .ifPresent(
            id -> {
              accounts.setInstructor(id, true);
              all = null;
              Messages.addGlobalInfo("The account can now teach. It counts from their next page.");
            });
  }

  public void revokeInstructor() {
    chosenAccount()
        .ifPresent(
            id -> {
              accounts.setInstructor(id, false);
              all = null;
              Messages.addGlobalInfo(
                  "The account no longer has the instructor role. It counts from their next page.");
            });
  }

  public String getAccountParameter() {
    return ACCOUNT_PARAMETER;
  }

  private Optional<Long> chosenAccount() {
    String id = Faces.getRequestParameter(ACCOUNT_PARAMETER);
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      Messages.addGlobalError("That account could not be found. Please try again.");
      return Optional.empty();
    }
  }
}
