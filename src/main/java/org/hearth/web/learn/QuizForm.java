package org.hearth.web.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuizAnswers;
import org.hearth.domain.quiz.QuizDefinition;

/**
 * Turns a quiz form's fields into {@link QuizAnswers}. Field names are {@code answer-<question>}
 * and, for matching rows and ordering items, {@code answer-<question>-<row>}. Only fields that
 * belong to the quiz are read, and only values it could have offered, so nothing else is stored.
 */
public final class QuizForm {

  /** Typed answers longer than this are cut; no accepted answer is anywhere near it. */
  static final int MAX_TEXT = 500;

  private QuizForm() {}

  public static String field(String questionKey) {
    return "answer-" + questionKey;
  }

  public static String field(String questionKey, String rowKey) {
    return "answer-" + questionKey + "-" + rowKey;
  }

  public static QuizAnswers read(QuizDefinition quiz, Map<String, String[]> parameters) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Question question : quiz.questions()) {
      List<String> values = valuesOf(question, parameters);
      if (!values.isEmpty()) {
        answers.put(question.key(), values);
      }
    }
    return new QuizAnswers(answers);
  }

  /** One question's answer as the form sent it, keeping only what the question offered. */
  private static List<String> valuesOf(Question question, Map<String, String[]> parameters) {
    List<String> values = new ArrayList<>();
    switch (question.type()) {
      case SINGLE_CHOICE, TRUE_FALSE ->
          first(parameters, field(question.key()))
              .filter(keys(question)::contains)
              .ifPresent(values::add);
      case MULTIPLE_CHOICE -> {
        Set<String> offered = keys(question);
        for (String value : all(parameters, field(question.key()))) {
          if (offered.contains(value) && !values.contains(value)) {
            values.add(value);
          }
        }
      }
      case SHORT_ANSWER, NUMERICAL ->
          first(parameters, field(question.key())).map(QuizForm::cut).ifPresent(values::add);
      case MATCHING -> matches(question, parameters, values);
      case ORDERING -> positions(question, parameters, values);
    }
    return values;
  }

  /** "row=answer" for each row given one of the answers the question offers. */
  private static void matches(
      Question question, Map<String, String[]> parameters, List<String> values) {
    List<String> offered = question.matchAnswers();
    for (MatchPair pair : question.pairs()) {
      first(parameters, field(question.key(), pair.key()))
          .filter(offered::contains)
          .ifPresent(answer -> values.add(pair.key() + "=" + answer));
    }
  }

  /** "item=position" for each item given a place between 1 and the number of items. */
  private static void positions(
      Question question, Map<String, String[]> parameters, List<String> values) {
    int count = question.choices().size();
    for (Choice item : question.choices()) {
      first(parameters, field(question.key(), item.key()))
          .filter(
              position ->
                  position.matches("\\d{1,3}")
                      && Integer.parseInt(position) >= 1
                      && Integer.parseInt(position) <= count)
          .ifPresent(position -> values.add(item.key() + "=" + position));
    }
  }

  /** At most {@link #MAX_TEXT} characters, never cutting an emoji or accented letter in half. */
  private static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
  }

  private static Set<String> keys(Question question) {
    return question.choices().stream().map(Choice::key).collect(Collectors.toSet());
  }

  /** The first value that is not blank, exactly as sent: a typed answer keeps its spaces. */
  private static java.util.Optional<String> first(Map<String, String[]> parameters, String name) {
    return all(parameters, name).stream().filter(v -> !v.isBlank()).findFirst();
  }

  private static List<String> all(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null ? List.of() : List.of(values);
  }
}
