package org.hearth.domain.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a draft remembers between edits, syncs and publishes: whether learners have seen its
 * changes, whether the browser copy has moved away from its content/ folder, and who may edit it.
 */
class CourseDraftTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

  private static CourseDraft fromFolder() {
    CourseDraft draft =
        new CourseDraft("empathy", "Empathy, gently", DraftOrigin.FOLDER, MONDAY, null);
    draft.synced("sum-1", MONDAY);
    return draft;
  }

  @Test
  void aNewDraftIsUnpublishedAndOnlyAFolderCourseStartsInStepWithItsFolder() {
    CourseDraft folder = new CourseDraft("a", "A", DraftOrigin.FOLDER, MONDAY, null);
    CourseDraft browser = new CourseDraft("b", "B", DraftOrigin.BROWSER, MONDAY, "zoe@example.org");
    CourseDraft archive = new CourseDraft("c", "C", DraftOrigin.ARCHIVE, MONDAY, "zoe@example.org");

    assertTrue(folder.isUnpublished() && browser.isUnpublished() && archive.isUnpublished());
    assertFalse(folder.isEditedSinceSync());
    assertTrue(browser.isEditedSinceSync());
    assertTrue(archive.isEditedSinceSync());
    assertEquals(DraftOrigin.BROWSER, browser.getOrigin());
    assertEquals(MONDAY, browser.getEditedAt());
    assertEquals("zoe@example.org", browser.getEditedBy());
    assertEquals("B", browser.getTitle());
    assertEquals("b", browser.getSlug());
  }

  @Test
  void aDraftNeedsASlugATitleAndAnOrigin() {
    assertThrows(
        NullPointerException.class,
        () -> new CourseDraft(null, "A", DraftOrigin.FOLDER, MONDAY, null));
    assertThrows(
        NullPointerException.class,
        () -> new CourseDraft("a", null, DraftOrigin.FOLDER, MONDAY, null));
    assertThrows(NullPointerException.class, () -> new CourseDraft("a", "A", null, MONDAY, null));
  }

  @Test
  void aBrowserEditAfterPublishingIsUnpublishedAgainAndDiffersFromTheFolder() {
    CourseDraft draft = fromFolder();
    draft.published();
    assertFalse(draft.isUnpublished());

    draft.edited(TUESDAY, "siobhan@example.org");

    assertTrue(draft.isUnpublished(), "learners have not seen this edit");
    assertTrue(draft.isEditedSinceSync(), "the folder no longer holds what the browser does");
    assertEquals(TUESDAY, draft.getEditedAt());
    assertEquals("siobhan@example.org", draft.getEditedBy());
  }

  @Test
  void aSyncFromTheFolderIsInStepAgainAndNamesNoEditor() {
    CourseDraft draft = fromFolder();
    draft.edited(MONDAY, "siobhan@example.org");

    draft.synced("sum-2", TUESDAY);

    assertFalse(draft.isEditedSinceSync());
    assertEquals("sum-2", draft.getFolderChecksum());
    assertEquals(TUESDAY, draft.getEditedAt());
    assertNull(draft.getEditedBy(), "the folder changed it, not a person in the browser");
  }

  @Test
  void keepingTheBrowserVersionMarksTheFolderSeenButStillEditedInTheBrowser() {
    CourseDraft draft = fromFolder();
    draft.edited(MONDAY, "siobhan@example.org");

    draft.keepBrowserVersion("sum-2");

    assertEquals("sum-2", draft.getFolderChecksum(), "this folder change is not a conflict again");
    assertTrue(draft.isEditedSinceSync(), "the browser's files still differ from the folder's");
    assertEquals("siobhan@example.org", draft.getEditedBy());
  }

  @Test
  void instructorsNamedInAnyCaseMayEditAndNoOneElse() {
    CourseDraft draft = fromFolder();
    draft.describe("Эмпатия", List.of("Siobhan@Example.ORG", "zoë.ångström@example.org"));

    assertEquals("Эмпатия", draft.getTitle());
    assertEquals(
        List.of("siobhan@example.org", "zoë.ångström@example.org"), draft.getInstructors());
    assertTrue(draft.isTaughtBy("siobhan@example.org"));
    assertTrue(draft.isTaughtBy("ZOË.ÅNGSTRÖM@EXAMPLE.ORG"));
    assertFalse(draft.isTaughtBy("jose@example.org"));
    assertFalse(draft.isTaughtBy(null), "someone not signed in teaches nothing");
  }

  @Test
  void describingAgainReplacesTheInstructors() {
    CourseDraft draft = fromFolder();
    draft.describe("Empathy", List.of("siobhan@example.org"));

    draft.describe("Empathy", List.of("jose@example.org"));

    assertFalse(draft.isTaughtBy("siobhan@example.org"), "taken off the course.yaml, so no longer");
    assertTrue(draft.isTaughtBy("jose@example.org"));
  }
}
