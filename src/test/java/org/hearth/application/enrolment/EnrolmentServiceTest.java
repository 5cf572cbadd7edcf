package org.hearth.application.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.application.account.SignedInUser;
import org.hearth.domain.account.Role;
import org.hearth.domain.catalog.Course;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.enrolment.Enrolment;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.hearth.infrastructure.persistence.CourseRepository;
import org.hearth.infrastructure.persistence.ProgressRepository;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;

/** Joining, leaving and joining again, in open, key and closed courses. */
class EnrolmentServiceTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");
  private static final Instant LATER = NOW.plusSeconds(86_400);
  private static final SignedInUser SIOBHAN =
      new SignedInUser(7, "siobhan@example.org", "Siobhán Ó Súilleabháin", Set.of(Role.LEARNER), 0);

  /** Courses by slug. */
  private static final class Courses extends CourseRepository {
    final Map<String, Course> bySlug = new HashMap<>();

    @Override
    public Optional<Course> findBySlug(String slug) {
      return Optional.ofNullable(bySlug.get(slug));
    }
  }

  /** Enrolments in memory, as the table's one row per learner and course keeps them. */
  static final class Enrolments extends ProgressRepository {
    final List<Enrolment> rows = new ArrayList<>();

    @Override
    public Optional<Enrolment> enrolment(long accountId, long courseId) {
      return rows.stream()
          .filter(e -> e.getAccountId() == accountId && e.getCourseId() == courseId)
          .findFirst();
    }

    @Override
    public void add(Enrolment enrolment) {
      rows.add(enrolment);
    }
  }

  private final Courses courses = new Courses();
  private final Enrolments enrolments = new Enrolments();
  private final EnrolmentService service = new EnrolmentService();

  EnrolmentServiceTest() throws ReflectiveOperationException {
    service.courses = courses;
    service.progress = enrolments;
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    course(21, "open", EnrolmentMode.OPEN, null);
    course(22, "closed", EnrolmentMode.CLOSED, null);
    course(23, "keyed", EnrolmentMode.KEY, "Ṣadé-2026 ✨");
    course(24, "keyless", EnrolmentMode.KEY, null);
  }

  private Course course(long id, String slug, EnrolmentMode mode, String key)
      throws ReflectiveOperationException {
    Course course = new Course(slug);
    course.revise(
        new CourseDetails(
            slug,
            "",
            List.of(),
            "en",
            List.of(),
            10,
            null,
            null,
            false,
            false,
            "https://example.org",
            mode,
            key,
            List.of()),
        List.of(),
        "checksum",
        NOW);
    var field = Course.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(course, id);
    courses.bySlug.put(slug, course);
    return course;
  }

  private EnrolmentProblem refused(String slug, String key) {
    int before = enrolments.rows.size();
    EnrolmentProblem problem =
        assertThrows(EnrolmentProblem.class, () -> service.enrol(SIOBHAN, slug, key));
    assertEquals(before, enrolments.rows.size(), "nobody enrolled in " + slug);
    return problem;
  }

  private Enrolment only() {
    assertEquals(1, enrolments.rows.size(), "one row: " + enrolments.rows);
    return enrolments.rows.get(0);
  }

  @Test
  void joiningAnOpenCourseNeedsNoKeyAndStartsNow() {
    service.enrol(SIOBHAN, "open", null);

    Enrolment enrolment = only();
    assertEquals(7L, enrolment.getAccountId());
    assertEquals(21L, enrolment.getCourseId());
    assertTrue(enrolment.isActive());
    assertEquals(NOW, enrolment.getEnrolledAt());
  }

  @Test
  void joiningTwiceKeepsTheFirstEnrolmentAndItsDate() {
    service.enrol(SIOBHAN, "open", null);
    service.clock = Clock.fixed(LATER, ZoneOffset.UTC);

    service.enrol(SIOBHAN, "open", null);

    assertEquals(NOW, only().getEnrolledAt());
  }

  @Test
  void leavingKeepsTheRowAndJoiningAgainReactivatesItFromThen() {
    service.enrol(SIOBHAN, "open", null);
    Enrolment first = only();

    service.leave(SIOBHAN, "open");
    assertFalse(first.isActive());
    service.clock = Clock.fixed(LATER, ZoneOffset.UTC);
    service.enrol(SIOBHAN, "open", null);

    assertSame(first, only(), "earlier progress hangs on the same row");
    assertTrue(first.isActive());
    assertEquals(LATER, first.getEnrolledAt());
  }

  @Test
  void leavingACourseNeverJoinedOrNoLongerThereChangesNothing() {
    service.enrol(SIOBHAN, "open", null);

    service.leave(SIOBHAN, "keyed");
    service.leave(SIOBHAN, "gone");

    assertTrue(only().isActive(), "the other course's enrolment is untouched");
  }

  @Test
  void aCourseThatNoLongerExistsSaysSo() {
    assertEquals("That course no longer exists.", refused("gone", null).getMessage());
  }

  @Test
  void aClosedCourseTakesNoNewLearnersButWelcomesBackOneWhoLeft() {
    assertEquals(
        "This course isn't taking new learners at the moment.",
        refused("closed", null).getMessage());

    Enrolment earlier = new Enrolment(7L, 22L, NOW);
    earlier.leave();
    enrolments.rows.add(earlier);
    service.clock = Clock.fixed(LATER, ZoneOffset.UTC);
    service.enrol(SIOBHAN, "closed", null);

    assertTrue(earlier.isActive());
    assertEquals(LATER, earlier.getEnrolledAt());
  }

  @Test
  void aKeyCourseTakesItsKeyWithSpaceAroundItAndNothingElse() {
    String message =
        "That enrolment key doesn't match. Please check it with the person who gave it to you.";
    assertEquals(message, refused("keyed", null).getMessage());
    assertEquals(message, refused("keyed", "").getMessage());
    assertEquals(message, refused("keyed", "ṣadé-2026 ✨").getMessage(), "case counts");
    assertEquals(message, refused("keyed", "Ṣadé-2026").getMessage());
    assertEquals(message, refused("keyless", "anything").getMessage(), "no key set: none fits");

    service.enrol(SIOBHAN, "keyed", "  Ṣadé-2026 ✨\n");

    assertEquals(23L, only().getCourseId());
  }

  @Test
  void aLearnerWhoLeftAKeyCourseNeedsNoKeyToComeBack() {
    service.enrol(SIOBHAN, "keyed", "Ṣadé-2026 ✨");
    service.leave(SIOBHAN, "keyed");

    service.enrol(SIOBHAN, "keyed", null);

    assertTrue(only().isActive());
  }

  @Test
  void aKeyInAnyScriptMatchesItselfExactly() throws ReflectiveOperationException {
    long id = 100;
    for (String key : RealText.samples()) {
      String slug = "course-" + id;
      course(id++, slug, EnrolmentMode.KEY, key);

      refused(slug, key.strip() + "x");
      service.enrol(SIOBHAN, slug, key);

      assertTrue(enrolments.enrolment(7, id - 1).orElseThrow().isActive(), key);
    }
  }
}
