package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.account.Role;

/** Who is asking, for beans and pages: nobody, or a signed-in account with its roles. */
@Named("viewer")
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;

  public Optional<SignedInUser> user() {
    if (request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
    return user instanceof SignedInUser signedIn ? Optional.of(signedIn) : Optional.empty();
  }

  public SignedInUser require() {
    return user()
        .orElseThrow(() -> new IllegalStateException("this page needs a signed-in account"));
  }

  public boolean isSignedIn() {
    return user().isPresent();
  }

  public boolean isInstructor() {
    return user().filter(u -> u.has(Role.INSTRUCTOR) || u.has(Role.ADMINISTRATOR)).isPresent();
  }

  public boolean isAdministrator() {
    return user().filter(u -> u.has(Role.ADMINISTRATOR)).isPresent();
  }

  public String getDisplayName() {
    return user().map(SignedInUser::displayName).orElse("");
  }

  /** Keeps this session signed in after its account ended every other session. */
  public void renew(SignedInUser user) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(SignedInUser.SESSION_ATTRIBUTE, user);
    }
  }

  /** Ends the session entirely: a shared computer keeps nothing of the learner. */
  public void signOut() throws ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
