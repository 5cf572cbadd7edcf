package org.hearth.application.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.hearth.domain.catalog.ItemKind;
import org.junit.jupiter.api.Test;

class LessonViewTest {

  private static LessonView withNote(String note) {
    return new LessonView(
        1, "l", "L", 2, List.of(), false, true, "", "M", 1, ItemKind.LESSON, null, null, note);
  }

  @Test
  void aContentNoteFlowsAsParagraphsWhateverItsLineBreaks() {
    LessonView lesson =
        withNote(
            "This lesson describes a discovery — “in some detail”.\n"
                + "Take it slowly 🌿.\r\n\r\n"
                + "  ‏אם קשה לך, עצרי כאן.\n\n\n");
    assertEquals(
        List.of(
            "This lesson describes a discovery — “in some detail”. Take it slowly 🌿.",
            "‏אם קשה לך, עצרי כאן."),
        lesson.contentNoteParagraphs());
  }

  @Test
  void aLessonWithoutANoteHasNone() {
    for (String none : new String[] {null, "", " \n "}) {
      assertFalse(withNote(none).hasContentNote());
      assertEquals(List.of(), withNote(none).contentNoteParagraphs());
    }
  }
}
