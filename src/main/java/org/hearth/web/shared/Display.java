package org.hearth.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
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

  /** {@code auto}, {@code light} or {@code dark}. */
  public String getTheme() {
    return DisplayChoice.word(choice().theme());
  }

  /** {@code standard}, {@code large} or {@code largest}. */
  public String getTextSize() {
    return DisplayChoice.word(choice().textSize());
  }
}
