package org.hearth.domain.shared;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Random codes people read, write down and type back: Crockford's base 32 (digits and letters
 * without I, L, O and U, so nothing reads as another symbol), five bits per character, printed in
 * groups of four such as {@code 7K2M-9QXD}. Typed back, a code forgives case, spaces, missing or
 * extra hyphens (and the dashes a word processor or PDF puts in their place), and the letters
 * people confuse with digits (I and L for 1, O for 0). Anything else, a lookalike letter from
 * another script included, is not a code.
 */
public final class CrockfordCode {

  /** Crockford's base 32 alphabet. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** Bits of randomness per character. */
  public static final int BITS_PER_SYMBOL = 5;

  private static final int GROUP = 4;

  /** Longer than any sensible typing of a code; such input is not looked at further. */
  private static final int MAX_TYPED = 100;

  private CrockfordCode() {}

  /** A fresh code of {@code length} symbols in its grouped form, such as {@code 7K2M-9QXD-…}. */
  public static String generate(SecureRandom random, int length) {
    char[] symbols = new char[length];
    for (int i = 0; i < length; i++) {
      symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return grouped(symbols);
  }

  /**
   * The grouped form of a code of {@code length} symbols as someone typed or pasted it, or empty
   * when it cannot be one (wrong length, a character outside the alphabet, anything path- or
   * markup-like).
   */
  public static Optional<String> normalise(String typed, int length) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    char[] symbols = new char[length];
    int count = 0;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (Character.isWhitespace(c) || isDash(c)) {
        continue;
      }
      int symbol = symbol(c);
      if (symbol < 0 || count == length) {
        return Optional.empty();
      }
      symbols[count++] = ALPHABET.charAt(symbol);
    }
    return count == length ? Optional.of(grouped(symbols)) : Optional.empty();
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
    StringBuilder code = new StringBuilder(symbols.length + symbols.length / GROUP);
    for (int i = 0; i < symbols.length; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(symbols[i]);
    }
    return code.toString();
  }
}
