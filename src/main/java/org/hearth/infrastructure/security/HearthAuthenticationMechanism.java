package org.hearth.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.application.account.NewAccountCredential;
import org.hearth.application.account.SignInResult;
import org.hearth.application.account.SignInService;
import org.hearth.application.account.SignedInUser;

/**
 * How people prove who they are: the sign-in form (through {@code SecurityContext.authenticate}),
 * or HTTP Basic, read only when a request carries an Authorization header (scripts). The session
 * remembers who signed in; its id changes at sign-in. On every request the account behind a session
 * is looked up by id and its roles are taken from it, so a password change, "Sign out everywhere",
 * a deletion or a role taken away counts at once, and any node of a cluster serving the session
 * knows who it is from the replicated session alone. A page that needs an account sends an
 * anonymous visitor to the sign-in page; an API call gets 401 with a challenge no browser answers
 * with a password prompt, so a browser never caches Basic credentials that would outlive signing
 * out. The principal's name is the account id, so logs never hold an email.
 */
@ApplicationScoped
@DeclareRoles({"learner", "instructor", "administrator"})
public class HearthAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String USER = SignedInUser.SESSION_ATTRIBUTE;

  private static final String RESULT = SignInResult.REQUEST_ATTRIBUTE;

  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject SignInService signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(
        request, response); // this runs before any filter, and may answer with a redirect or a 401
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential()
            instanceof UsernamePasswordCredential credential) {
      return attempt(request, context, credential.getCaller(), credential.getPasswordAsString());
    }
    if (context.isAuthenticationRequest()
        && context.getAuthParameters().getCredential() instanceof NewAccountCredential created) {
      return signedIn(request, context, created.user());
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
      return context.doNothing(); // style sheets and scripts: the same for everyone
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return basic(request, response, context, authorization);
    }
    Optional<SignedInUser> session = sessionUser(request);
    if (session.isPresent()) {
      return context.notifyContainerAboutLogin(
          String.valueOf(session.get().id()), groups(session.get()));
    }
    return anonymous(request, response, context);
  }

  /** A script's request: HTTP Basic, or a challenge for any other Authorization it sends. */
  private AuthenticationStatus basic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String authorization) {
    if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return challenge(response, context); // an Authorization scheme Hearth does not know
    }
    String decoded = decode(authorization.substring(6).trim());
    int colon = decoded.indexOf(':');
    if (colon > 0) {
      AuthenticationStatus status =
          attempt(request, context, decoded.substring(0, colon), decoded.substring(colon + 1));
      if (status == AuthenticationStatus.SUCCESS) {
        return status;
      }
    }
    return challenge(response, context);
  }

  /** Someone not signed in: let them by, unless the page needs an account. */
  private AuthenticationStatus anonymous(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isProtected()) {
      if (isApi(request)) {
        return challenge(response, context);
      }
      String signIn =
          request.getContextPath()
              + "/signin?next="
              + URLEncoder.encode(target(request), StandardCharsets.UTF_8);
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // A session that ended during an ajax request: tell Faces' script to go to sign-in,
        // instead of answering its XML request with a redirect it cannot follow.
        return ajaxRedirect(response, signIn + "&expired=true");
      }
      return context.redirect(signIn);
    }
    return context.doNothing();
  }

  private AuthenticationStatus attempt(
      HttpServletRequest request, HttpMessageContext context, String email, String password) {
    SignInResult result = signIn.signIn(email, password, request.getRemoteAddr());
    if (result.user().isEmpty()) {
      request.setAttribute(RESULT, result);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return signedIn(request, context, result.user().get());
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
    if (request.getSession(false) != null) {
      request
          .changeSessionId(); // a new id at sign-in: a session fixed by someone else is worthless
    }
    request.getSession(true).setAttribute(USER, user);
    return context.notifyContainerAboutLogin(String.valueOf(user.id()), groups(user));
  }

  /**
   * The person this request's session signed in as, checked against their account now; a session
   * whose account is gone or has ended its sessions is ended here.
   */
  private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(USER) instanceof SignedInUser remembered)) {
      return Optional.empty();
    }
    Optional<SignedInUser> current = signIn.stillSignedIn(remembered);
    if (current.isEmpty()) {
      session.invalidate();
    } else if (!current.get().equals(remembered)) {
      session.setAttribute(USER, current.get()); // a new name or role, written back for every node
    }
    return current;
  }

  private static Set<String> groups(SignedInUser user) {
    return user.roles().stream().map(r -> r.group()).collect(Collectors.toSet());
  }

  private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
    try {
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + url.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * 401 for a script. The challenge names a scheme browsers do not prompt for: a Basic challenge
   * would make a browser ask for a password and then send it with every request, even after signing
   * out. Scripts send Basic credentials without being asked ({@code curl -u}).
   */
  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"Hearth\"");
    return context.responseUnauthorized();
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String target(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
