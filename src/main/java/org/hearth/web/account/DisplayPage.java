package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.hearth.application.account.DisplayChoiceService;
import org.hearth.domain.account.DisplayChoice;
import org.hearth.domain.account.DisplayChoice.TextSize;
import org.hearth.domain.account.DisplayChoice.Theme;
import org.hearth.web.shared.Display;
import org.hearth.web.shared.DisplayCookie;
import org.hearth.web.shared.SafeRedirect;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The display page ({@code display.xhtml}): colours and text size, for everyone. The choice is kept
 * in the browser, and on the account too for a signed-in learner, so it follows them to another
 * browser when they sign in there ({@link SignInPage}).
 */
@Named
@RequestScoped
public class DisplayPage {

  /** The form fields, each holding one of the choice's words. */
  static final String THEME = "theme";

  static final String TEXT_SIZE = "textSize";

  @Inject CurrentUser viewer;
  @Inject DisplayChoiceService choices;
  @Inject Display display;

  private String from;

  /** The page the reader came from, to go back to; only a path on this site. */
  public String getBack() {
    return SafeRedirect.target(from, "/");
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public void save() {
    Optional<Theme> theme = DisplayChoice.named(Theme.class, Faces.getRequestParameter(THEME));
    Optional<TextSize> size =
        DisplayChoice.named(TextSize.class, Faces.getRequestParameter(TEXT_SIZE));
    if (theme.isEmpty() || size.isEmpty()) {
      Messages.addGlobalError(
          theme.isEmpty()
              ? "Please choose colours: as your device is set, light or dark."
              : "Please choose a text size: standard, large or largest.");
      return;
    }
    DisplayChoice choice = new DisplayChoice(theme.get(), size.get());
    DisplayCookie.write(Faces.getRequest(), Faces.getResponse(), choice);
    viewer.user().ifPresent(user -> choices.save(user.id(), choice));
    display.use(choice);
    Messages.addGlobalInfo(
        viewer.isSignedIn()
            ? "Saved. Hearth will use these colours and this text size wherever you sign in."
            : "Saved. This browser will use these colours and this text size.");
  }
}
