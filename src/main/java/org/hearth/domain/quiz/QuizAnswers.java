package org.hearth.domain.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a learner answered, by question key, as forms send it:
 *
 * <ul>
 *   <li>single choice and true/false: the chosen option's key;
 *   <li>multiple choice: every chosen option's key;
 *   <li>short answer and numerical: the typed text;
 *   <li>matching: {@code pairKey=answer} for each row;
 *   <li>ordering: {@code itemKey=position} for each item, positions counted from 1.
 * </ul>
 */
public record QuizAnswers(Map<String, List<String>> byQuestion) {

  public static final QuizAnswers NONE = new QuizAnswers(Map.of());

  public QuizAnswers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    byQuestion.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    byQuestion = java.util.Collections.unmodifiableMap(copy);
  }

  public List<String> values(String questionKey) {
    return byQuestion.getOrDefault(questionKey, List.of());
  }

  public Optional<String> first(String questionKey) {
    return values(questionKey).stream().filter(v -> !v.isBlank()).findFirst();
  }

  /** The value after {@code key=} among a question's entries, for matching and ordering. */
  public Optional<String> keyed(String questionKey, String key) {
    String prefix = key + "=";
    return values(questionKey).stream()
        .filter(v -> v.startsWith(prefix))
        .map(v -> v.substring(prefix.length()))
        .filter(v -> !v.isBlank())
        .findFirst();
  }

  public boolean isEmpty() {
    return byQuestion.values().stream()
        .allMatch(values -> values.stream().allMatch(String::isBlank));
  }
}
