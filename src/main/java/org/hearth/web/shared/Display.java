package org.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hearth.domain.account.DisplayChoice;
import org.omnifaces.util.Faces;

/**
 * The colours and text size this page is drawn with, for the page template's {@code data-theme} and
 * {@code data-text-size}: the browser's choice ({@link DisplayCookie}), or the one just saved.
 */
@Named
@RequestScoped
public class Display {

  private DisplayChoice choice;

  public DisplayChoice choice() {
    if (choice == null) {
      choice = DisplayCookie.read(Faces.getRequest());
    }
    return choice;
  }

  /** Draws the rest of this request with {@code chosen}, as saved a moment ago. */
  public void use(DisplayChoice chosen) {
    this.choice = chosen;
  }

  /**
   * This page's address within the site, encoded for a query, for the Display link to come back to;
   * on the display page itself, where that page came from.
   */
  public String getHere() {
    HttpServletRequest request = Faces.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String here;
    if (path.equals("/display") || path.equals("/display.xhtml")) {
      // Asked for with ?from=…, or posted back from the form's hidden field.
      here =
          Objects.requireNonNullElse(
              request.getParameter("from"),
              Objects.requireNonNullElse(request.getParameter("display:from"), "/"));
    } else {
      String query = request.getQueryString();
      here = query == null ? path : path + "?" + query;
    }
    return URLEncoder.encode(here, StandardCharsets.UTF_8);
  }

  /** {@code auto}, {@code light} or {@code dark}. */
  public String getTheme() {
    return DisplayChoice.word(choice().theme());
  }

  /** {@code standard}, {@code large} or {@code largest}. */
  public String getTextSize() {
    return DisplayChoice.word(choice().textSize());
  }
}
