package org.hearth.domain.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A course's "Get help now": shown only when the course declares a heading, and its links stored
 * one a line so every label and address comes back exactly as the author wrote it.
 */
class SupportResourcesTest {

  private final SupportLinksConverter converter = new SupportLinksConverter();

  @Test
  void helpIsShownOnlyWhenTheCourseGivesItAHeading() {
    assertTrue(new SupportResources("Get help now", null, List.of()).isDeclared());
    assertTrue(new SupportResources("Obtenir de l’aide", null, List.of()).isDeclared());
    assertFalse(new SupportResources(null, "<p>Text</p>", List.of()).isDeclared());
    assertFalse(new SupportResources(" \t", "<p>Text</p>", List.of()).isDeclared());
  }

  @Test
  void theLinksGivenAreKeptEvenIfTheListIsChangedAfterwards() {
    List<SupportLink> links = new ArrayList<>(List.of(new SupportLink("Hotline", "tel:116006")));
    SupportResources support = new SupportResources("Help", "<p>Call</p>", links);

    links.clear();

    assertEquals(List.of(new SupportLink("Hotline", "tel:116006")), support.getLinks());
  }

  @Test
  void linksInEveryScriptComeBackExactlyAndInOrder() {
    List<SupportLink> links =
        List.of(
            new SupportLink("Telefonseelsorge — 0800 111 0 111", "tel:08001110111"),
            new SupportLink("خط المساعدة", "https://example.org/ar?x=1&y=2"),
            new SupportLink("👩‍👩‍👧 Family line “24/7”", "https://example.org/family"));

    String column = converter.convertToDatabaseColumn(links);

    assertEquals(3, column.lines().count(), "one line per link");
    assertEquals(links, converter.convertToEntityAttribute(column));
  }

  @Test
  void tabsAndLineBreaksInALinkBecomeSpacesSoTheyCannotSplitIt() {
    String column =
        converter.convertToDatabaseColumn(
            List.of(new SupportLink("Help\tnow\r\n(free)", "https://example.org/\nhelp")));

    assertEquals(
        List.of(new SupportLink("Help now (free)", "https://example.org/ help")),
        converter.convertToEntityAttribute(column));
  }

  @Test
  void noLinksAreStoredAsNothingAndReadBackAsNone() {
    assertEquals("", converter.convertToDatabaseColumn(List.of()));
    assertEquals("", converter.convertToDatabaseColumn(null));
    assertEquals(List.of(), converter.convertToEntityAttribute(""));
    assertEquals(List.of(), converter.convertToEntityAttribute(null));
  }

  @Test
  void aStoredLineWithoutALabelIsLeftOutRatherThanBreakingThePage() {
    assertEquals(
        List.of(new SupportLink("Hotline", "tel:116006")),
        converter.convertToEntityAttribute(
            "no tab here\n\thttps://example.org\nHotline\ttel:116006"));
  }
}
