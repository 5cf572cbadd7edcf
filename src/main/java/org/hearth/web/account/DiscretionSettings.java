package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.hearth.application.account.AccountService;
import org.hearth.domain.account.DiscreetMode;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The discreet-mode choice in account settings: as each course chooses, always, or never. It takes
 * effect on the very next page, since the session carries it.
 */
@Named
@RequestScoped
public class DiscretionSettings {

  /** The form field holding the choice, one of {@link DiscreetMode}'s names in lower case. */
  static final String FIELD = "discreetMode";

  @Inject CurrentUser viewer;
  @Inject AccountService accounts;

  /** The saved choice, in lower case, for the radio buttons to compare against. */
  public String getMode() {
    return viewer.user().map(u -> u.discreetMode().name().toLowerCase(Locale.ROOT)).orElse("");
  }

  public void save() {
    String typed = Faces.getRequestParameter(FIELD);
    DiscreetMode mode;
    try {
      mode = DiscreetMode.valueOf(String.valueOf(typed).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      Messages.addGlobalError("Please choose one of the three discreet-mode options.");
      return;
    }
    viewer.renew(accounts.setDiscreetMode(viewer.require().id(), mode));
    Messages.addGlobalInfo(
        switch (mode) {
          case ON -> "Discreet mode is on for every course.";
          case OFF -> "Discreet mode is off, in every course.";
          case COURSE -> "Discreet mode now follows each course's choice.";
        });
  }
}
