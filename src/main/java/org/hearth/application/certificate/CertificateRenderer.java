package org.hearth.application.certificate;

import java.time.LocalDate;

/**
 * Turns a certificate of completion into a printable document (a PDF, by infrastructure's {@code
 * CertificatePdf}): a port, so the application never depends on how.
 */
public interface CertificateRenderer {

  /** The certificate, with the code and address anyone can use to check it is genuine. */
  byte[] certificate(
      String learnerName,
      String courseTitle,
      LocalDate completedOn,
      String verificationCode,
      String verifyUrl);

  /** The same certificate with document details that name no course, for discreet mode. */
  byte[] withNeutralDetails(byte[] certificatePdf);
}
