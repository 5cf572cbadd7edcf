package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.hearth.web.shared.SafeRedirect;

/**
 * Shows a new recovery code once, after sign-up, after getting back in with the old one, or after
 * making a new one in account settings. A second look (a reload, the Back button) finds nothing:
 * the page says so, and where to make another. The page is never cached ({@code /account} is
 * personal).
 */
@Named
@RequestScoped
public class RecoveryCodePage {

  @Inject HttpServletRequest request;

  private String code;
  private boolean taken;
  private String next;

  /** The code to show, taken from the session on first use so it is shown this once only. */
  public String getCode() {
    if (!taken) {
      code = RecoveryCodeSlot.take(request);
      taken = true;
    }
    return code;
  }

  public boolean isShown() {
    return getCode() != null;
  }

  /** Where "Continue" leads: the page the learner was on their way to, on this site only. */
  public String getContinueTo() {
    return SafeRedirect.target(next, RecoveryCodeSlot.AFTERWARDS);
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
