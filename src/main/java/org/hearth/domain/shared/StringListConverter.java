package org.hearth.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of single-line strings (authors, tags, objectives) in one text column, one
 * entry per line, so a course page never needs a join to show them.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    return String.join("\n", values.stream().map(StringListConverter::singleLine).toList());
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(column.split("\n", -1));
  }

  private static String singleLine(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }
}
