package org.hearth.domain.quiz;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numbers an answer of a numerical question accepts, kept as its author wrote it: a value
 * ({@code 42}), a value with a tolerance either side ({@code 3.14:0.01}, 3.13 to 3.15) or a range
 * ({@code 1..5}), as in Moodle's GIFT. Both ends are included and compared exactly, in decimal, so
 * an answer at the very edge of a tolerance is accepted. This text is the {@link Choice#text()} of
 * a numerical question's answer.
 *
 * @param min the smallest number accepted
 * @param max the largest number accepted, at least {@code min}
 */
public record NumberRange(BigDecimal min, BigDecimal max) {

  /** More digits than any measurement needs; a longer text is no number an author wrote. */
  private static final int MAX_LENGTH = 40;

  public NumberRange {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "a range must not end below its start: " + min + ".." + max);
    }
  }

  /**
   * Reads {@code value}, {@code value:tolerance} or {@code min..max} in plain decimals (a leading
   * minus allowed, no exponent); empty for anything else, a negative tolerance or a range that ends
   * below its start.
   */
  public static Optional<NumberRange> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH * 2 + 2) {
      return Optional.empty();
    }
    int dots = text.indexOf("..");
    if (dots >= 0) {
      Optional<BigDecimal> min = decimal(text.substring(0, dots));
      Optional<BigDecimal> max = decimal(text.substring(dots + 2));
      return min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) <= 0
          ? Optional.of(new NumberRange(min.get(), max.get()))
          : Optional.empty();
    }
    int colon = text.indexOf(':');
    Optional<BigDecimal> value = decimal(colon < 0 ? text : text.substring(0, colon));
    Optional<BigDecimal> tolerance =
        colon < 0 ? Optional.of(BigDecimal.ZERO) : decimal(text.substring(colon + 1));
    if (value.isEmpty() || tolerance.isEmpty() || tolerance.get().signum() < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new NumberRange(value.get().subtract(tolerance.get()), value.get().add(tolerance.get())));
  }

  /**
   * A plain decimal such as {@code -3.14}, {@code 42} or {@code 0.5}; empty for anything else. Read
   * character by character, never with a regular expression.
   */
  public static Optional<BigDecimal> decimal(String text) {
    String number = text.strip();
    if (number.isEmpty() || number.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int start = number.charAt(0) == '-' ? 1 : 0;
    boolean point = false;
    int digits = 0;
    for (int i = start; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point && digits > 0 && i + 1 < number.length()) {
        point = true;
      } else {
        return Optional.empty();
      }
    }
    return digits == 0 ? Optional.empty() : Optional.of(new BigDecimal(number));
  }

  /** Whether {@code number} lies within this range, both ends included. */
  public boolean contains(BigDecimal number) {
    return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
  }

  /**
   * How the accepted numbers read to a learner, from the text as written: "42", "3.14 ± 0.01" or "1
   * to 5"; the text itself when it is not a range.
   */
  public static String label(String text) {
    int dots = text.indexOf("..");
    if (dots >= 0) {
      return text.substring(0, dots).strip() + " to " + text.substring(dots + 2).strip();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return text.strip();
    }
    String tolerance = text.substring(colon + 1).strip();
    return decimal(tolerance).filter(t -> t.signum() == 0).isPresent()
        ? text.substring(0, colon).strip()
        : text.substring(0, colon).strip() + " ± " + tolerance;
  }
}
