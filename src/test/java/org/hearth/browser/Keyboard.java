package org.hearth.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Types as a person does, with real key presses: every capital is Shift held down, the letter
 * pressed, Shift let go, which is exactly what the quick exit's Shift rule must tell apart from
 * Shift pressed on its own.
 */
final class Keyboard {

  private final WebDriver driver;

  Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  /**
   * Clicks into {@code field} and types {@code text}, holding Shift for each capital. Each key is
   * one code point, so an emoji beyond the Basic Multilingual Plane is one key press (as an
   * on-screen keyboard sends it), never two halves of a surrogate pair.
   */
  void type(WebElement field, String text) {
    field.click();
    Actions keys = new Actions(driver);
    text.codePoints()
        .forEach(
            c -> {
              String key = new String(Character.toChars(c));
              if (Character.isUpperCase(c)) {
                keys.keyDown(Keys.SHIFT).sendKeys(key).keyUp(Keys.SHIFT);
              } else {
                keys.sendKeys(key);
              }
            });
    keys.perform();
  }

  /** Shift pressed and let go with no other key: one of quick exit's three presses. */
  void pressShiftAlone() {
    new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
  }
}
