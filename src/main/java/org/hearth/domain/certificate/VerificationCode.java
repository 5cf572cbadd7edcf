package org.hearth.domain.certificate;

import java.security.SecureRandom;
import java.util.Optional;
import org.hearth.domain.shared.CrockfordCode;

/**
 * The code printed on a certificate, by which anyone can check it at /verify. It is the only
 * secret: 140 random bits, far beyond guessing, written as 28 characters of Crockford's base 32
 * (digits and letters without I, L, O and U) in groups of four, such as {@code 7K2M-9QXD-…}. Typed
 * back, it forgives case, spaces, missing or extra hyphens, and the letters people confuse with
 * digits (I and L for 1, O for 0); see {@link CrockfordCode}.
 */
public final class VerificationCode {

  /** Characters in a code, hyphens aside: 28 x 5 = 140 bits. */
  static final int LENGTH = 28;

  private VerificationCode() {}

  /** A fresh code in its stored form, such as {@code 7K2M-9QXD-…-H3B0}. */
  public static String generate(SecureRandom random) {
    return CrockfordCode.generate(random, LENGTH);
  }

  /**
   * The stored form of a code as someone typed or pasted it, or empty when it cannot be one (wrong
   * length, a character outside the alphabet, anything path- or markup-like).
   */
  public static Optional<String> normalise(String typed) {
    return CrockfordCode.normalise(typed, LENGTH);
  }
}
