package org.hearth.domain.catalog;

import java.util.List;

/** Everything about a course but its outline, as the content source describes it. */
public record CourseDetails(
    String title,
    String summary,
    List<String> authors,
    String language,
    List<String> tags,
    int estimatedMinutes,
    String contentNote,
    SupportResources support,
    boolean sequential,
    String quickExitUrl) {

  public CourseDetails {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }
}
