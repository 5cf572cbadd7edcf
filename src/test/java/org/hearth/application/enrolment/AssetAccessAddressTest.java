package org.hearth.application.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hearth.application.catalog.CourseView;
import org.hearth.application.catalog.LessonView;
import org.hearth.application.catalog.ModuleView;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.enrolment.EnrolmentMode;
import org.junit.jupiter.api.Test;

/**
 * A file that only a members-only lesson shows is refused to a visitor, whatever its name and
 * however the lesson links it; only a file no lesson shows is public. (Members are checked against
 * enrolments, which the integration tests cover.)
 */
class AssetAccessAddressTest {

  private final AssetAccess access = new AssetAccess();

  @Test
  void aMembersOnlyImageInAnyScriptIsRefusedToAVisitor() {
    CourseView course =
        course("<img src=\"../../assets/c/01-basics/images/%C3%A9motions.png\" alt=\"\" />");

    assertEquals(
        AssetAccess.Answer.REFUSED,
        access.answer(Optional.empty(), course, "01-basics/images/émotions.png"));
  }

  @Test
  void aMembersOnlyDownloadLinkedToAPageOfItIsRefusedToAVisitor() {
    CourseView course =
        course("<a href=\"../../assets/c/fig/hand%20out.pdf#page&#61;2\">the handout</a>");

    assertEquals(
        AssetAccess.Answer.REFUSED, access.answer(Optional.empty(), course, "fig/hand out.pdf"));
  }

  @Test
  void aFileNoLessonShowsIsPublicEvenWhenAnotherNameStartsTheSame() {
    CourseView course = course("<img src=\"../../assets/c/fig/a.png.txt\" alt=\"\" />");

    assertEquals(AssetAccess.Answer.PUBLIC, access.answer(Optional.empty(), course, "fig/a.png"));
  }

  private static CourseView course(String html) {
    LessonView lesson =
        new LessonView(
            1,
            "members",
            "For members",
            3,
            List.of(),
            false,
            true,
            html,
            "Module",
            1,
            ItemKind.LESSON,
            null,
            null);
    return new CourseView(
        10,
        "c",
        1,
        "Course",
        "",
        List.of(),
        "en",
        List.of(),
        3,
        null,
        Optional.empty(),
        false,
        false,
        "https://example.org",
        EnrolmentMode.OPEN,
        List.of(),
        List.of(new ModuleView("m", "Module", null, 1, List.of(lesson))));
  }
}
