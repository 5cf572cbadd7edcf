package org.hearth.application.account;

import java.io.Serializable;
import java.util.Set;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.Role;

/**
 * Who is signed in, as kept in the session: small, serialisable, and enough for every page. The
 * session generation is the account's when this session signed in; once the account moves on (a
 * password change, "Sign out everywhere"), this session has ended.
 */
public record SignedInUser(
    long id, String email, String displayName, Set<Role> roles, long generation)
    implements Serializable {

  /** The session attribute that holds who signed in, on every node of a cluster. */
  public static final String SESSION_ATTRIBUTE = "hearth.user";

  public SignedInUser {
    roles = Set.copyOf(roles);
  }

  public static SignedInUser of(Account account) {
    return new SignedInUser(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.roles(),
        account.getSessionGeneration());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
