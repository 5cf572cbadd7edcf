package org.hearth.application.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerRulesTest {

  private static final WorksheetField WHEN =
      new WorksheetField("when", FieldType.DATE, "Wann wurde es leichter?", 1);

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-27", "1999-01-01", " 2031-02-28 "})
  void aDateAsABrowserSendsItIsKept(String given) {
    assertEquals(Optional.of(given.strip()), AnswerRules.check(WHEN, given));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31",
        "-0001-01-01",
        "0000-01-01",
        "20260-01-01",
        "2026-02-30",
        "27.11.2026",
        "٢٠٢٦-١١-٢٧"
      })
  void aDateNoOneCouldMeanIsRefusedNamingTheField(String given) {
    WorksheetProblem problem =
        assertThrows(WorksheetProblem.class, () -> AnswerRules.check(WHEN, given));
    assertTrue(
        problem
            .getMessage()
            .contains("\"Wann wurde es leichter?\" (when) takes a date written as YYYY-MM-DD"),
        problem.getMessage());
  }
}
