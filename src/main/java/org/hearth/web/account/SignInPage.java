package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.hearth.application.account.DisplayChoiceService;
import org.hearth.application.account.SignInResult;
import org.hearth.web.shared.DisplayCookie;
import org.hearth.web.shared.NextPageNotice;
import org.hearth.web.shared.SafeRedirect;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The sign-in form. Failures never say whether an account exists. */
@Named
@RequestScoped
public class SignInPage {

  static final String WRONG = "Your email or password is wrong. Please try again.";

  @Inject SecurityContext security;
  @Inject DisplayChoiceService displayChoices;
  @Inject CurrentUser viewer;

  private String email;
  private String password;
  private String next;
  private boolean expired;

  /** Explains why someone whose session ended was brought here. */
  public void explain() {
    if (expired && !Faces.isPostback()) {
      Messages.addGlobalInfo(
          "You were away for a while, so Hearth ended your session to keep your account safe. "
              + "Please sign in again; nothing you had saved is lost.");
    }
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }

  public void signIn() throws IOException {
    HttpServletRequest request = Faces.getRequest();
    HttpServletResponse response = Faces.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        email == null ? "" : email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      displayChoices
          .of(viewer.require().id())
          .ifPresent(choice -> DisplayCookie.write(request, response, choice));
      NextPageNotice.info("Welcome back, {0}.", viewer.getDisplayName());
      Faces.redirect(request.getContextPath() + SafeRedirect.target(next, "/my-learning"));
      return;
    }
    Object result = request.getAttribute(SignInResult.REQUEST_ATTRIBUTE);
    if (result instanceof SignInResult signInResult && signInResult.pausedUntil().isPresent()) {
      long seconds =
          Math.max(
              1, Duration.between(Instant.now(), signInResult.pausedUntil().get()).toSeconds() + 1);
      Messages.addGlobalWarn(
          "For your safety, after several tries signing in waits a moment before the next one. "
              + "Please try again in {0} {1}.",
          seconds, seconds == 1 ? "second" : "seconds");
    } else {
      Messages.addGlobalError(WRONG);
    }
    password = null;
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
