package org.hearth.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.hearth.domain.account.DisplayChoice.TextSize;
import org.hearth.domain.account.DisplayChoice.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayChoiceTest {

  @Test
  void everyChoiceComesBackFromItsCookie() {
    for (Theme theme : Theme.values()) {
      for (TextSize size : TextSize.values()) {
        DisplayChoice choice = new DisplayChoice(theme, size);
        assertEquals(choice, DisplayChoice.fromCookie(choice.cookieValue()));
      }
    }
    assertEquals("dark.largest", new DisplayChoice(Theme.DARK, TextSize.LARGEST).cookieValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "dark",
        "dark.",
        ".large",
        "DARK.LARGE",
        "dark.large.extra",
        "sepia.large",
        "dark.huge",
        "dark large",
        "dark\u200b.large",
        "تاریک.large",
        "🌙.large"
      })
  void anythingElseInTheCookieIsTheDefaultNeverAnError(String value) {
    assertEquals(DisplayChoice.DEFAULT, DisplayChoice.fromCookie(value));
  }

  @Test
  void noCookieIsTheDefault() {
    assertEquals(DisplayChoice.DEFAULT, DisplayChoice.fromCookie(null));
    assertEquals(
        new DisplayChoice(Theme.AUTO, TextSize.STANDARD), new DisplayChoice(null, null), "nulls");
  }

  @Test
  void formWordsNameExactlyOneValue() {
    assertEquals(Optional.of(Theme.LIGHT), DisplayChoice.named(Theme.class, "light"));
    assertEquals(Optional.of(TextSize.LARGE), DisplayChoice.named(TextSize.class, "large"));
    assertEquals(Optional.empty(), DisplayChoice.named(Theme.class, "Light"));
    assertEquals(Optional.empty(), DisplayChoice.named(Theme.class, " light"));
    assertEquals(Optional.empty(), DisplayChoice.named(TextSize.class, "light"));
    assertEquals(Optional.empty(), DisplayChoice.named(Theme.class, null));
    assertEquals("standard", DisplayChoice.word(TextSize.STANDARD));
  }
}
