package org.hearth.domain.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorksheetDefinitionConverterTest {

  @Test
  void aWorksheetReadBackEqualsTheWorksheetStored() {
    WorksheetDefinition worksheet =
        new WorksheetDefinition(
            "A log",
            List.of(
                WorksheetBlock.prose("<h2>Day 1</h2>", "## Day 1"),
                WorksheetBlock.field(new WorksheetField("date-1", FieldType.DATE, "Date", 1)),
                WorksheetBlock.field(
                    new WorksheetField("helped-1", FieldType.LONG_TEXT, "What helped?", 4)),
                WorksheetBlock.field(new WorksheetField("yoga-1", FieldType.CHECKBOX, "Yoga", 1)),
                WorksheetBlock.field(
                    new WorksheetField("before-1", FieldType.SCALE, "Before", 1))));
    WorksheetDefinitionConverter converter = new WorksheetDefinitionConverter();

    WorksheetDefinition read =
        converter.convertToEntityAttribute(converter.convertToDatabaseColumn(worksheet));

    assertEquals(worksheet, read);
    assertEquals(4, read.fields().size());
    assertNull(converter.convertToDatabaseColumn(null));
  }
}
