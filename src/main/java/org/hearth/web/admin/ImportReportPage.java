package org.hearth.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hearth.application.content.ContentImportService;
import org.hearth.application.content.ImportReport;
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

  public void importNow() {
    report = importer.importAll();
    Messages.addGlobalInfo(
        report.isClean()
            ? "The content folder was imported again; every course is fine."
            : "The content folder was imported again; some files need attention, listed below.");
  }
}
