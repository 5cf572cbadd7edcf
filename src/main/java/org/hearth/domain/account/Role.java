package org.hearth.domain.account;

import java.util.Locale;

/** What an account may do. The names are the security groups the container checks. */
public enum Role {
  LEARNER,
  INSTRUCTOR,
  ADMINISTRATOR;

  public String group() {
    return name().toLowerCase(Locale.ROOT);
  }
}
