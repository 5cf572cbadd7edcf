package org.hearth.infrastructure.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the answers of a GIFT question at their markers ({@code =}, {@code ~}) and reads each
 * one's weight ({@code %50%}), text and feedback ({@code #…}), for every question type.
 */
final class GiftAnswers {

  private static final Pattern WEIGHT = Pattern.compile("%[^%\\n]{0,12}%");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{1,9})?");

  private GiftAnswers() {}

  /** Where a problem with an answer is reported, with the question's name in front. */
  @FunctionalInterface
  interface Problems {
    void report(int line, String message);
  }

  /** Splits answers at each unescaped marker; text before the first marker is a problem. */
  static List<Answer> split(GiftText answers, String markers, Problems problems) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < answers.length(); i++) {
      if (markers.indexOf(answers.charAt(i)) >= 0 && !answers.escapedAt(i)) {
        starts.add(i);
      }
    }
    int firstStart = starts.isEmpty() ? answers.length() : starts.get(0);
    if (!answers.sub(0, firstStart).isBlank()) {
      problems.report(
          answers.line(),
          "has text before its first answer; start every answer with "
              + String.join(" or ", markers.split("")));
    }
    List<Answer> list = new ArrayList<>();
    for (int n = 0; n < starts.size(); n++) {
      int start = starts.get(n);
      int end = n + 1 < starts.size() ? starts.get(n + 1) : answers.length();
      list.add(
          answer(
              answers.charAt(start),
              answers.sub(start + 1, end).strip(),
              answers.lineAt(start),
              problems));
    }
    return list;
  }

  /** One answer: its weight ({@code %50%}), text and feedback ({@code #…}). */
  static Answer answer(char marker, GiftText body, int line, Problems problems) {
    Double weight = null;
    var weightText = WEIGHT.matcher(body.toString());
    if (body.startsWith("%") && weightText.lookingAt()) {
      String number = weightText.group().substring(1, weightText.group().length() - 1).strip();
      if (!NUMBER.matcher(number).matches() || Math.abs(Double.parseDouble(number)) > 100) {
        problems.report(
            line,
            "has the weight %"
                + number
                + "%; a weight is a percentage from -100 to 100, such as %50% or %-25%");
      } else {
        weight = Double.parseDouble(number) / 100;
      }
      body = body.sub(weightText.end());
    }
    int hash = body.indexOf('#', 0);
    GiftText text = hash < 0 ? body : body.sub(0, hash);
    GiftText feedback = hash < 0 ? null : body.sub(hash + 1);
    return new Answer(marker, weight, text.strip(), feedback, line);
  }

  /** One answer as written. */
  record Answer(char marker, Double weight, GiftText text, GiftText feedback, int line) {

    double credit(double unweighted) {
      return weight == null ? unweighted : weight;
    }
  }
}
