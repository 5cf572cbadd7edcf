package org.hearth.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The "Sign out" button in the header. */
@Named
@RequestScoped
public class SignOutAction {

  @Inject CurrentUser viewer;

  public void signOut() throws ServletException, IOException {
    viewer.signOut();
    Faces.redirect(Faces.getRequestContextPath() + "/");
  }
}
