package org.hearth.domain.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A published version is history: written once, and nothing handed in or out can change it. */
class CourseVersionTest {

  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void theArchiveKeptIsTheOnePublishedWhateverHappensToTheBytesAround() {
    byte[] zip = {'P', 'K', 3, 4};
    CourseVersion version =
        new CourseVersion(7, 3, AT, "siobhan@example.org", "Changed “Why empathy?”", "abc", zip);

    zip[0] = 0;
    version.getArchive()[1] = 0;

    assertArrayEquals(new byte[] {'P', 'K', 3, 4}, version.getArchive());
    assertEquals(7L, version.getDraftId());
    assertEquals(3, version.getNumber());
    assertEquals(AT, version.getPublishedAt());
    assertEquals("siobhan@example.org", version.getPublishedBy());
    assertEquals("Changed “Why empathy?”", version.getSummary());
    assertEquals("abc", version.getChecksum());
  }

  @Test
  void aVersionNeedsItsDateSummaryAndChecksum() {
    byte[] zip = new byte[0];
    assertThrows(
        NullPointerException.class, () -> new CourseVersion(7, 1, null, null, "", "c", zip));
    assertThrows(
        NullPointerException.class, () -> new CourseVersion(7, 1, AT, null, null, "c", zip));
    assertThrows(
        NullPointerException.class, () -> new CourseVersion(7, 1, AT, null, "", null, zip));
  }
}
