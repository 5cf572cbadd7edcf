package org.hearth.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An account's own rules: one email whatever its case, roles on top of being a learner, and every
 * change of password ending the sessions signed in with the old one.
 */
class AccountTest {

  private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");

  private static Account zoe() {
    return new Account("  Zoë.Ångström@Example.ORG ", "  Zoë Ångström ", "hash-1", CREATED);
  }

  @Test
  void anEmailIsKeptAndComparedLowerCasedWithoutSurroundingSpace() {
    Account account = zoe();

    assertEquals("zoë.ångström@example.org", account.getEmail());
    assertEquals("zoë.ångström@example.org", Account.normaliseEmail("ZOË.ÅNGSTRÖM@EXAMPLE.ORG\t"));
    assertEquals("Zoë Ångström", account.getDisplayName(), "the name keeps its case");
    assertEquals(CREATED, account.getCreatedAt());
  }

  @Test
  void everyoneIsALearnerAndRolesComeAndGoOneByOne() {
    Account account = zoe();
    assertEquals(Set.of(Role.LEARNER), account.roles());
    assertFalse(account.has(Role.INSTRUCTOR));

    account.grant(Role.INSTRUCTOR);
    assertEquals(Set.of(Role.LEARNER, Role.INSTRUCTOR), account.roles());
    assertTrue(account.isInstructor() && account.has(Role.INSTRUCTOR));
    assertFalse(account.isAdministrator());

    account.grant(Role.ADMINISTRATOR);
    assertEquals(Set.of(Role.LEARNER, Role.INSTRUCTOR, Role.ADMINISTRATOR), account.roles());

    account.revoke(Role.INSTRUCTOR);
    assertEquals(Set.of(Role.LEARNER, Role.ADMINISTRATOR), account.roles());
    assertTrue(account.isAdministrator() && account.has(Role.ADMINISTRATOR));
    assertFalse(account.isInstructor());

    account.revoke(Role.LEARNER);
    account.revoke(Role.ADMINISTRATOR);
    assertEquals(Set.of(Role.LEARNER), account.roles(), "no one stops being a learner");
  }

  @Test
  void rolesNameTheContainersSecurityGroups() {
    assertEquals("instructor", Role.INSTRUCTOR.group());
    assertEquals("administrator", Role.ADMINISTRATOR.group());
  }

  @Test
  void aNewPasswordEndsEverySessionAndSoDoesSigningOutEverywhere() {
    Account account = zoe();
    assertEquals(0, account.getSessionGeneration());

    account.changePasswordHash("hash-2");
    assertEquals("hash-2", account.getPasswordHash());
    assertEquals(1, account.getSessionGeneration());

    account.endSessions();
    assertEquals(2, account.getSessionGeneration());
  }

  @Test
  void anAccountFromBeforeRecoveryCodesHasNoneUntilOneIsMade() {
    Account account = zoe();
    assertFalse(account.hasRecoveryCode());
    assertEquals(Optional.empty(), account.recoveryCodeHash());

    account.replaceRecoveryCodeHash("code-hash-1");

    assertTrue(account.hasRecoveryCode());
    assertEquals(Optional.of("code-hash-1"), account.recoveryCodeHash());
    assertEquals(0, account.getSessionGeneration(), "a new code alone ends no session");
  }

  @Test
  void comingBackWithTheCodeSetsBothAndEndsOtherSessions() {
    Account account = zoe();
    account.replaceRecoveryCodeHash("code-hash-1");

    account.recover("hash-2", "code-hash-2");

    assertEquals("hash-2", account.getPasswordHash());
    assertEquals(Optional.of("code-hash-2"), account.recoveryCodeHash());
    assertEquals(1, account.getSessionGeneration());
  }

  @Test
  void discreetModeFollowsTheCourseUntilTheLearnerChooses() {
    Account account = zoe();
    assertEquals(DiscreetMode.COURSE, account.getDiscreetMode());

    account.setDiscreetMode(DiscreetMode.OFF);

    assertEquals(DiscreetMode.OFF, account.getDiscreetMode());
    assertThrows(NullPointerException.class, () -> account.setDiscreetMode(null));
    assertEquals(DiscreetMode.OFF, account.getDiscreetMode());
  }
}
