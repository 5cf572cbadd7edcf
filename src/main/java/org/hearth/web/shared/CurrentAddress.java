package org.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * This page's address within the site, for the header's links that come back to it: Sign in and
 * Create an account (as {@code ?next=}) and Display (as {@code ?from=}). On the pages those links
 * lead to, it is where that page itself came from, so a second step does not lose the way back.
 */
@Named("here")
@RequestScoped
public class CurrentAddress {

  /** Pages whose own address is no place to come back to after signing in or choosing a display. */
  private static final Set<String> STEPS =
      Set.of("/signin", "/register", "/recover", "/display", "/account/recovery-code");

  private String path;

  /** The address to come back to, encoded for a query; "/" when there is none to keep. */
  public String getEncoded() {
    return URLEncoder.encode(path(), StandardCharsets.UTF_8);
  }

  /** {@code ?next=…} for the sign-in and registration links, or nothing on the home page. */
  public String getNextQuery() {
    return path().equals("/") ? "" : "?next=" + getEncoded();
  }

  private String path() {
    if (path == null) {
      path = find(Faces.getRequest());
    }
    return path;
  }

  private static String find(HttpServletRequest request) {
    String own = request.getRequestURI().substring(request.getContextPath().length());
    String page = own.endsWith(".xhtml") ? own.substring(0, own.length() - 6) : own;
    if (STEPS.contains(page)) {
      // Asked for with ?next= or ?from=, or posted back from the form's hidden field.
      for (String name : new String[] {"next", "from", "display:from", "signin:next"}) {
        String value = SafeRedirect.target(request.getParameter(name), null);
        if (value != null) {
          return value; // only a path on this site, by the same rule the redirects follow
        }
      }
      return "/";
    }
    String query = request.getQueryString();
    return query == null ? own : own + "?" + query;
  }
}
