package org.hearth.domain.quiz;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores a learner's answers as a JSON object of question key to values. */
@Converter
public class QuizAnswersConverter implements AttributeConverter<QuizAnswers, String> {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type MAP =
      new LinkedHashMap<String, List<String>>() {}.getClass().getGenericSuperclass();

  @Override
  public String convertToDatabaseColumn(QuizAnswers answers) {
    return JSON.toJson(answers == null ? Map.of() : answers.byQuestion());
  }

  @Override
  public QuizAnswers convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return QuizAnswers.NONE;
    }
    try {
      Map<String, List<String>> map = JSON.fromJson(json, MAP);
      return new QuizAnswers(map);
    } catch (JsonbException e) {
      throw new IllegalStateException("Stored quiz answers cannot be read: " + e.getMessage(), e);
    }
  }
}
