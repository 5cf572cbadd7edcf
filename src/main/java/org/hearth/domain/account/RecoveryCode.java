package org.hearth.domain.account;

import java.security.SecureRandom;
import java.util.Optional;
import org.hearth.domain.shared.CrockfordCode;

/**
 * The way back into an account without email: Hearth never sends any, because a learner's inbox may
 * be read by the person they are keeping safe from. A code is 16 characters of Crockford's base 32
 * in four groups of four, such as {@code 7K2M-9QXD-H3B0-WZ4N}: 80 random bits, shown once to keep
 * on paper, stored only as a slow salted hash (NIST SP 800-63B 5.1.2.2 asks for a password-hashing
 * function below 112 bits). Typed back, it forgives case, spaces and hyphens (see {@link
 * CrockfordCode}). Each code works once.
 */
public final class RecoveryCode {

  /** Characters in a code, hyphens aside: 16 x 5 = 80 bits. */
  public static final int LENGTH = 16;

  private RecoveryCode() {}

  /**
   * A fresh code, such as {@code 7K2M-9QXD-H3B0-WZ4N}: its shown form and the form it is hashed.
   */
  public static String generate(SecureRandom random) {
    return CrockfordCode.generate(random, LENGTH);
  }

  /**
   * The form a typed or pasted code is hashed in (the shown form), or empty when it cannot be a
   * recovery code at all.
   */
  public static Optional<String> normalise(String typed) {
    return CrockfordCode.normalise(typed, LENGTH);
  }
}
