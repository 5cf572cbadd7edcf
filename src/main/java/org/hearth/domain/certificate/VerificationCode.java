package org.hearth.domain.certificate;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code printed on a certificate, by which anyone can check it at /verify. It is the only
 * secret: 140 random bits, far beyond guessing, written as 28 characters of Crockford's base 32
 * (digits and letters without I, L, O and U) in groups of four, such as {@code 7K2M-9QXD-…}. Typed
 * back, it forgives case, spaces, missing or extra hyphens, and the letters people confuse with
 * digits (I and L for 1, O for 0).
 */
public final class VerificationCode {

  /** Crockford's base 32 alphabet. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Characters in a code, hyphens aside: 28 x 5 = 140 bits. */
  static final int LENGTH = 28;

  private static final int GROUP = 4;

  /** Longer than any sensible typing of a code; such input is not looked at further. */
  private static final int MAX_TYPED = 100;

  private VerificationCode() {}

  /** A fresh code in its stored form, such as {@code 7K2M-9QXD-…-H3B0}. */
  public static String generate(SecureRandom random) {
    char[] symbols = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return grouped(symbols);
  }

  /**
   * The stored form of a code as someone typed or pasted it, or empty when it cannot be one (wrong
   * length, a character outside the alphabet, anything path- or markup-like).
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    char[] symbols = new char[LENGTH];
    int count = 0;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (Character.isWhitespace(c) || isDash(c)) {
        continue;
      }
      int symbol = symbol(c);
      if (symbol < 0 || count == LENGTH) {
        return Optional.empty();
      }
      symbols[count++] = ALPHABET.charAt(symbol);
    }
    return count == LENGTH ? Optional.of(grouped(symbols)) : Optional.empty();
  }

  /** The symbol a typed character stands for, or -1. */
  private static int symbol(char c) {
    if (c >= 0x80) {
      return -1; // ASCII only: upper-casing must not turn a dotless "ı" into "I"
    }
    char upper = Character.toUpperCase(c);
    upper =
        switch (upper) {
          case 'I', 'L' -> '1';
          case 'O' -> '0';
          default -> upper;
        };
    return ALPHABET.indexOf(upper);
  }

  /** Hyphens as typed, or as copied from a PDF or word processor. */
  private static boolean isDash(char c) {
    return c == '-'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\u2012'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u2212';
  }

  private static String grouped(char[] symbols) {
    StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
    for (int i = 0; i < symbols.length; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(symbols[i]);
    }
    return code.toString();
  }
}
