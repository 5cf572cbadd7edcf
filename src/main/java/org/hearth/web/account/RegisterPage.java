package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import java.io.IOException;
import java.util.List;
import org.hearth.application.account.AccountProblem;
import org.hearth.application.account.AccountService;
import org.hearth.application.account.HashingBusy;
import org.hearth.application.account.InvalidFields;
import org.hearth.application.account.NewAccount;
import org.hearth.application.account.NewAccountCredential;
import org.hearth.application.account.SignedInUser;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.SafeRedirect;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Registration: a name to be called by, an email to sign in with, and a password. Nothing else. The
 * new account's recovery code is shown next, once.
 */
@Named
@RequestScoped
public class RegisterPage {

  @Inject AccountService accounts;
  @Inject SecurityContext security;

  private String displayName;
  private String email;
  private String password;
  private String next;

  public void register() throws IOException {
    NewAccount created;
    try {
      created = accounts.register(displayName, email, password);
    } catch (AccountProblem problem) {
      List<AccountProblem> each =
          problem instanceof InvalidFields fields ? fields.problems() : List.of(problem);
      for (AccountProblem one : each) {
        Messages.create(one.getMessage())
            .error()
            .add(one.field() == null ? null : "register:" + one.field());
      }
      password = null;
      if (problem instanceof HashingBusy) {
        Faces.getResponse()
            .setStatus(503); // the form again, with the message; come back in a moment
        Faces.getResponse()
            .setHeader("Retry-After", String.valueOf(HashingBusy.RETRY_AFTER_SECONDS));
      }
      return;
    }
    security.authenticate(
        Faces.getRequest(),
        Faces.getResponse(),
        AuthenticationParameters.withParams()
            .credential(new NewAccountCredential(SignedInUser.of(created.account())))
            .newAuthentication(true));
    NextPageNotice.info("Your account is ready. Welcome to Hearth.");
    String then = SafeRedirect.target(next, RecoveryCodeSlot.AFTERWARDS);
    Faces.redirect(
        Faces.getRequestContextPath() + RecoveryCodeSlot.keep(created.recoveryCode(), then));
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
