package org.hearth.web.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;

/**
 * Reads a worksheet form's fields, named {@code field-<name>}. Only fields sent are returned, so a
 * save touches only what the learner changed. A checkbox sends "true" or "false" from the page's
 * script; a whole-form post (no script) marks the boxes it lists with {@code present-<name>}, and
 * an unticked box there reads as "false".
 */
public final class WorksheetForm {

  private WorksheetForm() {}

  public static String field(String name) {
    return "field-" + name;
  }

  public static Map<String, String> read(
      WorksheetDefinition worksheet, Map<String, String[]> parameters) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (WorksheetField field : worksheet.fields()) {
      String[] values = parameters.get(field(field.name()));
      if (values != null && values.length > 0) {
        changes.put(field.name(), values[0]);
      } else if (field.type() == FieldType.CHECKBOX
          && parameters.containsKey("present-" + field.name())) {
        changes.put(field.name(), "false");
      }
    }
    return changes;
  }
}
