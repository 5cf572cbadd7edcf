package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.hearth.application.account.AccountProblem;
import org.hearth.application.account.HashingBusy;
import org.hearth.application.account.NewAccountCredential;
import org.hearth.application.account.RecoveryResult;
import org.hearth.application.account.RecoveryService;
import org.hearth.web.shared.NextPageNotice;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Forgot your password?": an email, the recovery code and a new password get the learner back in,
 * signed in, with a new code shown once. No email is sent, ever. A refusal never says whether the
 * account exists.
 */
@Named
@RequestScoped
public class RecoverPage {

  static final String WRONG =
      "That email and recovery code do not match an account, or the code has been used. Check"
          + " them and try again.";

  @Inject RecoveryService recovery;
  @Inject SecurityContext security;

  private String email;
  private String code;
  private String password;

  public void recover() throws IOException {
    HttpServletRequest request = Faces.getRequest();
    RecoveryResult result;
    try {
      result = recovery.recover(email, code, password, request.getRemoteAddr());
    } catch (AccountProblem problem) {
      refused(problem);
      return;
    }
    if (result.succeeded()) {
      security.authenticate(
          request,
          Faces.getResponse(),
          AuthenticationParameters.withParams()
              .credential(new NewAccountCredential(result.user().orElseThrow()))
              .newAuthentication(true));
      NextPageNotice.info(
          "Your new password is set, and you've been signed out everywhere else. You're signed in"
              + " here.");
      Faces.redirect(
          request.getContextPath()
              + RecoveryCodeSlot.keep(result.recoveryCode().orElseThrow(), "/my-learning"));
      return;
    }
    if (result.pausedUntil().isPresent()) {
      long seconds =
          Math.max(1, Duration.between(Instant.now(), result.pausedUntil().get()).toSeconds() + 1);
      Messages.addGlobalWarn(
          "For your safety, after several tries this form waits a moment before the next one. "
              + "Please try again in {0} {1}.",
          seconds, seconds == 1 ? "second" : "seconds");
    } else {
      Messages.addGlobalError(WRONG);
    }
    forgetSecrets();
  }

  private void refused(AccountProblem problem) {
    Messages.create(problem.getMessage())
        .error()
        .add(problem.field() == null ? null : "recover:" + problem.field());
    if (problem instanceof HashingBusy) {
      Faces.getResponse().setStatus(503); // the form again, with the message
      Faces.getResponse().setHeader("Retry-After", String.valueOf(HashingBusy.RETRY_AFTER_SECONDS));
    }
    forgetSecrets();
  }

  /** Neither the code nor the password is written back into the page. */
  private void forgetSecrets() {
    code = null;
    password = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
