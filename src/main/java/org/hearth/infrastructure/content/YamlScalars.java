package org.hearth.infrastructure.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the typed values of a {@link YamlMapping} (whole numbers, decimals, truth values) from the
 * scalar text YAML gives, so that {@code 1.10} is never silently a float and {@code yes} means the
 * same in every file; a value that is not one is reported at its key's line.
 */
final class YamlScalars {

  private YamlScalars() {}

  static Optional<Integer> wholeNumber(YamlMapping yaml, String key, int min, int max) {
    Optional<String> value = yaml.text(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number < min || number > max) {
        yaml.report(
            yaml.lineOfKey(key),
            key + " must be between " + min + " and " + max + ", not " + number);
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (NumberFormatException e) {
      yaml.report(
          yaml.lineOfKey(key), key + " must be a whole number, not \"" + value.get() + "\"");
      return Optional.empty();
    }
  }

  /** True or false (also yes or no); empty when the key is absent, empty or not a truth value. */
  static Optional<Boolean> trueOrFalse(YamlMapping yaml, String key) {
    Optional<String> value = yaml.text(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> Optional.of(true);
      case "false", "no" -> Optional.of(false);
      default -> {
        yaml.report(
            yaml.lineOfKey(key), key + " must be true or false, not \"" + value.get() + "\"");
        yield Optional.empty();
      }
    };
  }

  /**
   * A decimal number such as 2 or 1.5 (no exponents, no "NaN"), reported unless it lies within
   * {@code min} (excluded) and {@code max} (included).
   */
  static Optional<Double> decimalAbove(YamlMapping yaml, String key, double min, double max) {
    Optional<String> value = yaml.text(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().matches("-?\\d{1,9}(\\.\\d{1,9})?")) {
      yaml.report(
          yaml.lineOfKey(key),
          key + " must be a number such as 1 or 2.5, not \"" + value.get() + "\"");
      return Optional.empty();
    }
    double number = Double.parseDouble(value.get());
    if (number <= min || number > max) {
      yaml.report(
          yaml.lineOfKey(key),
          key
              + " must be a number greater than "
              + plain(min)
              + " and at most "
              + plain(max)
              + ", not "
              + value.get());
      return Optional.empty();
    }
    return Optional.of(number);
  }

  private static String plain(double number) {
    return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
  }
}
