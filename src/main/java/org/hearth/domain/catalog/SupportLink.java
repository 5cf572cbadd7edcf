package org.hearth.domain.catalog;

import java.util.Objects;

/** One place a learner can turn to for help, such as a hotline's web site. */
public record SupportLink(String label, String url) {

  public SupportLink {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
  }
}
