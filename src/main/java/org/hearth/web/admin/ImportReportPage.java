package org.hearth.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.CourseImportResult;
import org.hearth.application.content.ImportReport;
import org.hearth.web.shared.UtcMinute;
import org.omnifaces.util.Messages;

/** The administrator's view of the last content import, with a button to import again. */
@Named
@RequestScoped
public class ImportReportPage {

  @Inject ContentImportService importer;

  private ImportReport report;

  public ImportReport getReport() {
    if (report == null) {
      report = importer.lastReport().orElse(null);
    }
    return report;
  }

  /** What the import did with a course, in words an administrator acts on. */
  public String result(CourseImportResult course) {
    return switch (course.status()) {
      case IMPORTED -> "Imported: learners see it now";
      case UNCHANGED -> "Unchanged since the last import";
      case REJECTED -> "Refused: the version before stays online";
      case CONFLICT -> "Not taken: it was edited in the browser since the last import";
      case FAILED -> "Not saved: the database refused it; the version before stays online";
    };
  }

  /** The moment the import started, as pages write moments. */
  public String started() {
    return getReport() == null ? "" : UtcMinute.format(getReport().startedAt());
  }

  public void importNow() {
    report = importer.importAll();
    Messages.addGlobalInfo(
        report.isClean()
            ? "The content folder was imported again; every course is fine."
            : "The content folder was imported again; some files need attention, listed below.");
  }
}
