package org.hearth.domain.account;

import java.util.Locale;
import java.util.Optional;

/**
 * How a reader likes pages shown: light or dark colours, or the device's own setting, and one of
 * three text sizes. Kept in the browser for everyone (a cookie) and on the account for a signed-in
 * learner, so it follows them to a new device.
 *
 * @param theme the colours
 * @param textSize the size of all text, headings and spacing with it
 */
public record DisplayChoice(Theme theme, TextSize textSize) {

  /** What a reader who never chose sees: the device's colours, standard text. */
  public static final DisplayChoice DEFAULT = new DisplayChoice(Theme.AUTO, TextSize.STANDARD);

  /** The colours of every page. */
  public enum Theme {
    /** Light or dark as the device is set ({@code prefers-color-scheme}). */
    AUTO,
    LIGHT,
    DARK
  }

  /** The text size of every page, in three steps: 100 %, 125 % and 150 %. */
  public enum TextSize {
    STANDARD,
    LARGE,
    LARGEST
  }

  public DisplayChoice {
    theme = theme == null ? Theme.AUTO : theme;
    textSize = textSize == null ? TextSize.STANDARD : textSize;
  }

  /** The choice as a cookie holds it, such as {@code dark.large}. */
  public String cookieValue() {
    return word(theme) + "." + word(textSize);
  }

  /**
   * The choice a cookie holds; anything else (an old, edited or foreign value) is the default,
   * never an error, since a preference must not break a page.
   */
  public static DisplayChoice fromCookie(String value) {
    if (value == null) {
      return DEFAULT;
    }
    String[] parts = value.split("\\.", -1);
    if (parts.length != 2) {
      return DEFAULT;
    }
    Optional<Theme> theme = named(Theme.class, parts[0]);
    Optional<TextSize> size = named(TextSize.class, parts[1]);
    return theme.isPresent() && size.isPresent()
        ? new DisplayChoice(theme.get(), size.get())
        : DEFAULT;
  }

  /** The lower-case word pages and forms use for a theme or a size, such as {@code dark}. */
  public static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The theme or size a form field names by its word; empty for anything else. */
  public static <E extends Enum<E>> Optional<E> named(Class<E> type, String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (E value : type.getEnumConstants()) {
      if (word(value).equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
