package org.hearth.application.content;

import java.util.List;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.catalog.ModuleOutline;

/** A course folder read in full and found valid: ready to be written in one transaction. */
public record CourseSource(
    CourseFolder folder, CourseDetails details, List<ModuleOutline> modules) {

  public CourseSource {
    modules = List.copyOf(modules);
  }

  public int lessonCount() {
    return modules.stream().mapToInt(m -> m.lessons().size()).sum();
  }
}
