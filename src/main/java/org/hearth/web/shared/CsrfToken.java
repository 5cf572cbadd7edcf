package org.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/** The session's anti-forgery token, which every form includes as a hidden field. */
@Named("csrf")
@RequestScoped
public class CsrfToken {

  public static final String SESSION_KEY = "hearth.csrf";
  public static final String PARAMETER = "hearth_csrf";
  public static final String HEADER = "X-Hearth-CSRF";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject HttpServletRequest request;

  public String getToken() {
    HttpSession session = request.getSession(true);
    String token = (String) session.getAttribute(SESSION_KEY);
    if (token == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_KEY, token);
    }
    return token;
  }

  public String getParameter() {
    return PARAMETER;
  }
}
