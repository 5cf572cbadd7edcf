package org.hearth.domain.quiz;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a quiz's questions as one JSON document in its item's row: a quiz is replaced whole on
 * every import, and reading it back never needs more than one row.
 */
@Converter
public class QuizDefinitionConverter implements AttributeConverter<QuizDefinition, String> {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Override
  public String convertToDatabaseColumn(QuizDefinition quiz) {
    return quiz == null ? null : JSON.toJson(quiz);
  }

  @Override
  public QuizDefinition convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.fromJson(json, QuizDefinition.class);
    } catch (JsonbException e) {
      throw new IllegalStateException(
          "A stored quiz cannot be read; re-import its course: " + e.getMessage(), e);
    }
  }
}
