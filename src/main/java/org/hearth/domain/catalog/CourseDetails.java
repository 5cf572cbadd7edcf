package org.hearth.domain.catalog;

import java.util.List;
import org.hearth.domain.enrolment.EnrolmentMode;

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
    boolean discreet,
    String quickExitUrl,
    EnrolmentMode enrolmentMode,
    String enrolmentKey,
    List<String> instructors) {

  public CourseDetails {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    instructors =
        instructors.stream().map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
