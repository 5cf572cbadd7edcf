package org.hearth.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class HtmlExcerptTest {

  private final MarkdownRenderer markdown = new MarkdownRenderer();

  @Test
  void whatTheSanitiserWritesReadsAsTheAuthorTypedIt() {
    String typed = "Is “trust” the same as \"safety\" — for Zoë & Nguyễn @ home?";

    assertEquals(typed, HtmlExcerpt.excerpt(markdown.render(typed), 200));
  }

  @Test
  void paragraphsAndLineBreaksBecomeSingleSpaces() {
    String html = markdown.render("First *line*\nsecond line\n\n- one\n- two");

    assertEquals("First line second line one two", HtmlExcerpt.excerpt(html, 200));
  }

  @Test
  void aLongTextIsCutBetweenCharactersNeverInsideAnEmoji() {
    String html = markdown.render("🌱🌱🌱🌱🌱 grows");

    assertEquals("🌱🌱🌱…", HtmlExcerpt.excerpt(html, 4));
  }

  @Test
  void aShortTextIsKeptWhole() {
    assertEquals("مرحبا", HtmlExcerpt.excerpt("<p>مرحبا</p>", 5));
  }
}
