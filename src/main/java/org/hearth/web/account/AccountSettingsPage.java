package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.hearth.application.account.AccountProblem;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.LearnerDataService;
import org.hearth.application.account.PasswordHasher;
import org.hearth.application.account.RecoveryService;
import org.hearth.domain.account.Account;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A learner's own account: change password, make a new recovery code, sign out everywhere else,
 * download their data, delete the account.
 */
@Named
@RequestScoped
public class AccountSettingsPage {

  @Inject CurrentUser viewer;
  @Inject AccountService accounts;
  @Inject LearnerDataService data;
  @Inject PasswordHasher hasher;
  @Inject RecoveryService recovery;

  private String currentPassword;
  private String newPassword;
  private String recoveryPassword;
  private String deletePassword;

  public void changePassword() {
    try {
      viewer.renew(accounts.changePassword(viewer.require().id(), currentPassword, newPassword));
      Messages.addGlobalInfo(
          "Your password has been changed, and you've been signed out everywhere else.");
    } catch (AccountProblem problem) {
      Messages.create(problem.getMessage())
          .error()
          .add(problem.field() == null ? null : "password:" + problem.field());
    }
  }

  /** Replaces the recovery code and shows the new one, once, on the next page. */
  public void makeNewRecoveryCode() throws IOException {
    String code;
    try {
      code = recovery.replace(viewer.require().id(), recoveryPassword);
    } catch (AccountProblem problem) {
      Messages.create(problem.getMessage())
          .error()
          .add(problem.field() == null ? null : "recovery:" + problem.field());
      return;
    }
    NextPageNotice.info("You have a new recovery code. The one before it no longer works.");
    Faces.redirect(
        Faces.getRequestContextPath() + RecoveryCodeSlot.keep(code, "/account/settings"));
  }

  /** Ends every other session of the account; this one carries on. */
  public void signOutEverywhereElse() {
    viewer.renew(accounts.endOtherSessions(viewer.require().id()));
    Messages.addGlobalInfo(
        "You've been signed out everywhere else. Any other device or browser will need your"
            + " password again.");
  }

  public void deleteAccount() throws IOException, ServletException {
    long id = viewer.require().id();
    boolean confirmed;
    try {
      confirmed =
          accounts
              .find(id)
              .map(
                  a ->
                      deletePassword != null && hasher.matches(deletePassword, a.getPasswordHash()))
              .orElse(false);
    } catch (AccountProblem busy) {
      Messages.create(busy.getMessage()).error().add("delete:deletePassword");
      return;
    }
    if (!confirmed) {
      Messages.create(
              deletePassword == null || deletePassword.isEmpty()
                  ? "To delete your account, please type your password. Nothing has been deleted."
                  : "That password is not right, so nothing has been deleted. Please check it and"
                      + " try again.")
          .error()
          .add("delete:deletePassword");
      return;
    }
    data.delete(id);
    viewer.signOut();
    NextPageNotice.info("Your account and everything Hearth held about you have been deleted.");
    Faces.redirect(Faces.getRequestContextPath() + "/");
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  /** Whether the account has a recovery code: accounts older than recovery codes have none. */
  public boolean isRecoveryCodeSet() {
    return accounts.find(viewer.require().id()).map(Account::hasRecoveryCode).orElse(false);
  }

  public String getRecoveryPassword() {
    return recoveryPassword;
  }

  public void setRecoveryPassword(String recoveryPassword) {
    this.recoveryPassword = recoveryPassword;
  }

  public String getDeletePassword() {
    return deletePassword;
  }

  public void setDeletePassword(String deletePassword) {
    this.deletePassword = deletePassword;
  }
}
