package org.hearth.application.catalog;

import java.util.List;
import org.hearth.domain.catalog.SupportLink;

/** A course's help resources: heading, sanitised text and links. */
public record SupportView(String title, String html, List<SupportLink> links) {

  public SupportView {
    links = List.copyOf(links);
  }
}
