package org.hearth.application.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.catalog.CourseModule;
import org.hearth.domain.catalog.Lesson;
import org.hearth.infrastructure.persistence.CourseRepository;

/**
 * The published courses, for pages. Each course is built into an immutable {@link CourseView} once
 * per revision and cached; a request costs one small query that checks the revision, so every
 * Payara node sees an import made by any other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseCatalog {

  @Inject CourseRepository courses;

  @Inject
  @ConfigProperty(name = "hearth.quick-exit.url", defaultValue = "https://www.bbc.co.uk/weather")
  String defaultQuickExitUrl;

  private final Map<String, CourseView> cache = new ConcurrentHashMap<>();

  public Optional<CourseView> course(String slug) {
    if (slug == null || slug.isEmpty() || slug.length() > 100) {
      return Optional.empty();
    }
    Optional<Long> revision = courses.revisionOf(slug);
    if (revision.isEmpty()) {
      cache.remove(slug);
      return Optional.empty();
    }
    return Optional.of(current(slug, revision.get()));
  }

  /** A course item found by its id, with its course: how downloads name what they serve. */
  public record Item(CourseView course, LessonView item) {}

  public Optional<Item> item(long itemId) {
    return courses
        .courseSlugOfLesson(itemId)
        .flatMap(this::course)
        .flatMap(
            course ->
                course.lessons().stream()
                    .filter(l -> l.id() == itemId)
                    .findFirst()
                    .map(l -> new Item(course, l)));
  }

  public List<CourseCard> catalog() {
    return all().stream().map(CourseCard::of).toList();
  }

  /** Every published course, by title, after one query for all their revisions. */
  public List<CourseView> all() {
    List<CourseView> views = new ArrayList<>();
    Map<String, Long> revisions = courses.revisions();
    cache.keySet().retainAll(revisions.keySet());
    revisions.forEach((slug, revision) -> views.add(current(slug, revision)));
    views.sort(Comparator.comparing(CourseView::title, String.CASE_INSENSITIVE_ORDER));
    return views;
  }

  private CourseView current(String slug, long revision) {
    CourseView cached = cache.get(slug);
    if (cached != null && cached.revision() == revision) {
      return cached;
    }
    Optional<CourseView> loaded =
        courses.findBySlug(slug).map(c -> view(c, courses.lessonsInOrder(slug)));
    loaded.ifPresent(view -> cache.put(slug, view));
    return loaded.orElseThrow(
        () -> new IllegalStateException("course " + slug + " vanished while loading"));
  }

  /** Builds the view from lessons already in reading order, grouping them by module. */
  private CourseView view(Course course, List<Lesson> lessonsInOrder) {
    Optional<SupportView> support =
        Optional.ofNullable(course.getSupport())
            .filter(s -> s.isDeclared())
            .map(s -> new SupportView(s.getTitle(), s.getHtml(), s.getLinks()));
    String quickExit =
        course.getQuickExitUrl() != null ? course.getQuickExitUrl() : defaultQuickExitUrl;
    return new CourseView(
        course.getId(),
        course.getSlug(),
        course.getRevision(),
        course.getTitle(),
        course.getSummary(),
        course.getAuthors(),
        course.getLanguage(),
        course.getTags(),
        course.getEstimatedMinutes(),
        course.getContentNote(),
        support,
        course.isSequential(),
        course.isDiscreet(),
        quickExit,
        course.getEnrolmentMode(),
        course.getInstructors(),
        modules(lessonsInOrder));
  }

  /** Modules in reading order, numbered, each holding its lessons numbered across the course. */
  private static List<ModuleView> modules(List<Lesson> lessonsInOrder) {
    Map<CourseModule, List<LessonView>> byModule = new LinkedHashMap<>();
    int lessonNumber = 0;
    for (Lesson lesson : lessonsInOrder) {
      CourseModule module = lesson.getModule();
      byModule
          .computeIfAbsent(module, m -> new ArrayList<>())
          .add(lessonView(lesson, module, ++lessonNumber));
    }
    List<ModuleView> modules = new ArrayList<>();
    int moduleNumber = 0;
    for (Map.Entry<CourseModule, List<LessonView>> entry : byModule.entrySet()) {
      CourseModule module = entry.getKey();
      modules.add(
          new ModuleView(
              module.getSlug(),
              module.getTitle(),
              module.getSummary(),
              ++moduleNumber,
              entry.getValue()));
    }
    return modules;
  }

  private static LessonView lessonView(Lesson lesson, CourseModule module, int number) {
    return new LessonView(
        lesson.getId(),
        lesson.getSlug(),
        lesson.getTitle(),
        lesson.getMinutes(),
        lesson.getObjectives(),
        lesson.isPreview(),
        lesson.isRequired(),
        lesson.getHtml(),
        module.getTitle(),
        number,
        lesson.getKind(),
        lesson.getQuiz(),
        lesson.getWorksheet(),
        lesson.getContentNote());
  }
}
