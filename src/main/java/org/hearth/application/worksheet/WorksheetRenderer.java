package org.hearth.application.worksheet;

import java.util.Map;
import org.hearth.domain.worksheet.WorksheetDefinition;

/**
 * Turns a worksheet into a printable, fillable document (a PDF, by infrastructure's {@code
 * WorksheetPdf}): a port, so the application and the pages never depend on how.
 */
public interface WorksheetRenderer {

  /** A blank worksheet to print or to fill in on screen. */
  byte[] blank(String courseTitle, String worksheetTitle, WorksheetDefinition worksheet);

  /**
   * The worksheet holding a learner's answers, by field name; answers for names the worksheet does
   * not have, or that a field cannot hold, are left out.
   */
  byte[] filled(
      String courseTitle,
      String worksheetTitle,
      WorksheetDefinition worksheet,
      Map<String, String> answers);

  /**
   * The same worksheet with document details (title, subject) that name neither it nor its course,
   * for discreet mode.
   */
  byte[] withNeutralDetails(byte[] worksheetPdf);
}
