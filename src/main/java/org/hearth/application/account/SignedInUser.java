package org.hearth.application.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.account.Account;
import org.hearth.domain.account.DiscreetMode;
import org.hearth.domain.account.Role;

/**
 * Who is signed in, as kept in the session: small, serialisable, and enough for every page. The
 * session generation is the account's when this session signed in; once the account moves on (a
 * password change, "Sign out everywhere"), this session has ended. Their discreet-mode choice
 * travels with them, as every page's title depends on it.
 */
public record SignedInUser(
    long id,
    String email,
    String displayName,
    Set<Role> roles,
    long generation,
    DiscreetMode discreetMode)
    implements Serializable {

  /** The session attribute that holds who signed in, on every node of a cluster. */
  public static final String SESSION_ATTRIBUTE = "hearth.user";

  public SignedInUser {
    roles = Set.copyOf(roles);
    discreetMode = discreetMode == null ? DiscreetMode.COURSE : discreetMode;
  }

  /** Someone who follows each course's discreet-mode default. */
  public SignedInUser(long id, String email, String displayName, Set<Role> roles, long generation) {
    this(id, email, displayName, roles, generation, DiscreetMode.COURSE);
  }

  /**
   * Whether what {@code who} sees of a course names neither it nor its lessons: their own choice,
   * or the course's default for everyone else (and for those who left it to the course).
   */
  public static boolean discreetIn(Optional<SignedInUser> who, boolean courseDiscreet) {
    return who.map(SignedInUser::discreetMode)
        .orElse(DiscreetMode.COURSE)
        .appliesTo(courseDiscreet);
  }

  public static SignedInUser of(Account account) {
    return new SignedInUser(
        account.getId(),
        account.getEmail(),
        account.getDisplayName(),
        account.roles(),
        account.getSessionGeneration(),
        account.getDiscreetMode());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
