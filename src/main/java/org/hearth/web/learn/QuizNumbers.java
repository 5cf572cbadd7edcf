package org.hearth.web.learn;

import java.util.Locale;

/** Points and percentages as the quiz page writes them: whole numbers without a fraction. */
final class QuizNumbers {

  private QuizNumbers() {}

  static String points(double points) {
    String number =
        points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    return number + (points == 1 ? " point" : " points");
  }

  static String percent(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ENGLISH, "%.2f", value);
  }
}
