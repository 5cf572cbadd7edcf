package org.hearth.domain.worksheet;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a worksheet's prose and fields as one JSON document in its item's row, like a quiz. */
@Converter
public class WorksheetDefinitionConverter
    implements AttributeConverter<WorksheetDefinition, String> {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  @Override
  public String convertToDatabaseColumn(WorksheetDefinition worksheet) {
    return worksheet == null ? null : JSON.toJson(worksheet);
  }

  @Override
  public WorksheetDefinition convertToEntityAttribute(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.fromJson(json, WorksheetDefinition.class);
    } catch (JsonbException e) {
      throw new IllegalStateException(
          "A stored worksheet cannot be read; re-import its course: " + e.getMessage(), e);
    }
  }
}
