package org.hearth.application.catalog;

import java.util.List;
import java.util.Optional;
import org.hearth.domain.enrolment.EnrolmentMode;

/**
 * A course as learners see it, built once per revision and shared by every request: pages never
 * touch entities or re-render Markdown.
 */
public record CourseView(
    long id,
    String slug,
    long revision,
    String title,
    String summary,
    List<String> authors,
    String language,
    List<String> tags,
    int estimatedMinutes,
    String contentNote,
    Optional<SupportView> support,
    boolean sequential,
    boolean discreet,
    String quickExitUrl,
    EnrolmentMode enrolmentMode,
    List<String> instructors,
    List<ModuleView> modules) {

  public CourseView {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    instructors = List.copyOf(instructors);
    modules = List.copyOf(modules);
  }

  /** Every lesson, in reading order across modules. */
  public List<LessonView> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  public Optional<LessonView> lesson(String slug) {
    return lessons().stream().filter(l -> l.slug().equals(slug)).findFirst();
  }

  public Optional<LessonView> first() {
    return lessons().stream().findFirst();
  }

  public Optional<LessonView> previous(LessonView lesson) {
    List<LessonView> all = lessons();
    int index = all.indexOf(lesson);
    return index > 0 ? Optional.of(all.get(index - 1)) : Optional.empty();
  }

  public Optional<LessonView> next(LessonView lesson) {
    List<LessonView> all = lessons();
    int index = all.indexOf(lesson);
    return index >= 0 && index < all.size() - 1
        ? Optional.of(all.get(index + 1))
        : Optional.empty();
  }

  public String byline() {
    return Bylines.of(authors);
  }

  /** The first lesson, for a "Start reading" link; null for a course without lessons. */
  public LessonView firstLesson() {
    return first().orElse(null);
  }

  public SupportView supportOrNull() {
    return support.orElse(null);
  }

  public int lessonCount() {
    return lessons().size();
  }

  public boolean hasSupport() {
    return support.isPresent();
  }
}
