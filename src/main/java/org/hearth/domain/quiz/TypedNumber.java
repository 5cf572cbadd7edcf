package org.hearth.domain.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads the number a learner typed, leniently but safely: spaces around it or after its sign, a
 * leading {@code +}, a minus written as {@code -} or the Unicode minus {@code −}, a decimal comma
 * ({@code 3,14}) or point, full-width digits. No thousands separators (so {@code 1,000} is one) and
 * no exponents. Read character by character, never with a regular expression, and refused when
 * longer than any number a person types, so no answer can make grading slow.
 */
public final class TypedNumber {

  /** What the page says when an answer is not a number. */
  public static final String HINT = "That is not a number; type a number, for example 3.14.";

  private static final int MAX_TYPED = 100;
  private static final int MAX_DIGITS = 40;

  private TypedNumber() {}

  /** The number {@code typed} holds, or empty when it holds anything else. */
  public static Optional<BigDecimal> parse(String typed) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    StringBuilder number = new StringBuilder();
    boolean point = false;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (number.isEmpty() && digits == 0 && (c == '+' || c == '-' || c == '\u2212')) {
        number.append(c == '+' ? "+" : "-");
      } else if (Character.isSpaceChar(c) && number.length() == 1 && digits == 0) {
        continue; // "- 3": a space after the sign
      } else if (c >= '0' && c <= '9' && digits < MAX_DIGITS) {
        number.append(c);
        digits++;
      } else if ((c == '.' || c == ',') && !point) {
        number.append('.');
        point = true;
      } else {
        return Optional.empty();
      }
    }
    return digits == 0 ? Optional.empty() : Optional.of(new BigDecimal(number.toString()));
  }
}
