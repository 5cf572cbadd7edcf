package org.hearth.domain.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores support links as "label TAB url" lines; labels and URLs are single-line by construction.
 */
@Converter
public class SupportLinksConverter implements AttributeConverter<List<SupportLink>, String> {

  @Override
  public String convertToDatabaseColumn(List<SupportLink> links) {
    if (links == null || links.isEmpty()) {
      return "";
    }
    StringBuilder column = new StringBuilder();
    for (SupportLink link : links) {
      if (column.length() > 0) {
        column.append('\n');
      }
      column.append(clean(link.label())).append('\t').append(clean(link.url()));
    }
    return column.toString();
  }

  @Override
  public List<SupportLink> convertToEntityAttribute(String column) {
    List<SupportLink> links = new ArrayList<>();
    if (column == null || column.isEmpty()) {
      return links;
    }
    for (String line : column.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        links.add(new SupportLink(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return links;
  }

  private static String clean(String value) {
    return value.replaceAll("[\\t\\r\\n]+", " ");
  }
}
