package org.hearth.web.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hearth.application.certificate.CertificateService;
import org.hearth.application.certificate.CertificateService.Verification;
import org.omnifaces.util.Faces;

/**
 * /verify and /verify/{code}: whether a certificate code is genuine, showing only what the
 * certificate itself prints — the name on it, the course and the date.
 */
@Named
@RequestScoped
public class VerifyPage {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject CertificateService certificates;

  private String code;
  private Verification result;

  public void load() {
    String path = Faces.getRequestPathInfo();
    code =
        path != null && path.length() > 1 ? path.substring(1) : Faces.getRequestParameter("code");
    if (code == null || code.isBlank()) {
      code = null;
      return;
    }
    code = code.length() > 80 ? code.substring(0, 80) : code.strip();
    result = certificates.verify(code).orElse(null);
    if (result == null) {
      Faces.getResponse().setStatus(404);
    }
  }

  public boolean isChecked() {
    return code != null;
  }

  public String getCode() {
    return code;
  }

  public Verification getResult() {
    return result;
  }

  public String getCompletedOn() {
    return result == null ? "" : DATE.format(result.completedOn());
  }
}
