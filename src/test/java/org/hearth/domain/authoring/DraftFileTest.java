package org.hearth.domain.authoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;

/** One file of a draft: its bytes are its own, and saving or moving it records who did it. */
class DraftFileTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");
  private static final String PATH = "01-safety-first/01-why-empathy.md";

  @Test
  void everySampleOfRealTextReadsBackExactly() {
    for (String sample : RealText.samples()) {
      DraftFile file = new DraftFile(1, PATH, ("# " + sample + "\n").getBytes(UTF_8), MONDAY, null);

      assertEquals("# " + sample + "\n", file.text(), sample);
    }
  }

  @Test
  void bytesPassedInOrHandedOutCannotChangeTheFileBehindItsBack() {
    byte[] given = "Zoë".getBytes(UTF_8);
    DraftFile file = new DraftFile(1, PATH, given, MONDAY, "zoe@example.org");

    given[0] = 'X';
    file.getContent()[1] = 'X';

    assertEquals("Zoë", file.text());
    assertArrayEquals("Zoë".getBytes(UTF_8), file.getContent());
  }

  @Test
  void savingReplacesTheTextAndRecordsWhoAndWhen() {
    DraftFile file = new DraftFile(1, PATH, "old".getBytes(UTF_8), MONDAY, "zoe@example.org");
    byte[] saved = "It’s “fine” — really…".getBytes(UTF_8);

    file.replace(saved, TUESDAY, "jose@example.org");
    saved[0] = 'X';

    assertEquals("It’s “fine” — really…", file.text());
    assertEquals(TUESDAY, file.getEditedAt());
    assertEquals("jose@example.org", file.getEditedBy());
    assertEquals(PATH, file.getPath());
  }

  @Test
  void aReorderMovesTheFileWithItsRewrittenLinks() {
    DraftFile file = new DraftFile(1, PATH, "[next](02-how.md)".getBytes(UTF_8), MONDAY, null);

    file.move(
        "02-practice/01-why-empathy.md",
        "[next](../01-safety-first/02-how.md)".getBytes(UTF_8),
        TUESDAY,
        "jose@example.org");

    assertEquals("02-practice/01-why-empathy.md", file.getPath());
    assertEquals("[next](../01-safety-first/02-how.md)", file.text());
    assertEquals(TUESDAY, file.getEditedAt());
    assertEquals("jose@example.org", file.getEditedBy());
  }

  @Test
  void aFileAlwaysHasAPath() {
    assertThrows(
        NullPointerException.class, () -> new DraftFile(1, null, new byte[0], MONDAY, null));
    DraftFile file = new DraftFile(1, PATH, new byte[0], MONDAY, null);
    assertThrows(NullPointerException.class, () -> file.move(null, new byte[0], TUESDAY, null));
    assertEquals(PATH, file.getPath());
  }
}
