package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.hearth.it.SharedHearth;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reading comfort (issue 17): dark colours and larger text, chosen on the display page with the
 * keyboard, remembered by the browser when signed out and by the account when signed in, so a fresh
 * browser gets them at sign-in. Every page visited passes axe (its colour-contrast rules included)
 * in the colours it is drawn with, and a focused field's ring keeps 3:1 against the page.
 */
class DisplayBrowserIT {

  private static final String COURSE = "Empathy and Safety After Betrayal";
  private static final String LIGHT_PAPER = "rgb(251, 248, 243)";
  private static final String DARK_PAPER = "rgb(21, 25, 27)";

  private final URL base = SharedHearth.url();
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private String paper() {
    return String.valueOf(
        browser.script("return getComputedStyle(document.body).backgroundColor;"));
  }

  private long rootFontPixels() {
    return Math.round(
        ((Number)
                browser.script(
                    "return parseFloat(getComputedStyle(document.documentElement).fontSize);"))
            .doubleValue());
  }

  /** Picks a radio of a group with arrow keys, as a keyboard user does, then saves with Enter. */
  private void choose(String themeId, String sizeId) {
    pickByArrows("theme-auto", themeId);
    pickByArrows("size-standard", sizeId);
    browser.enterToNavigate(browser.driver.findElement(By.id("display:save")));
  }

  private void pickByArrows(String firstId, String wantedId) {
    WebElement current =
        browser.driver.findElement(By.cssSelector("input[name='" + group(firstId) + "']:checked"));
    current.sendKeys(Keys.HOME); // not all browsers jump; walk from the first either way
    WebElement first = browser.driver.findElement(By.id(firstId));
    for (int i = 0; i < 3 && !first.isSelected(); i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    }
    for (int i = 0; i < 3 && !browser.driver.findElement(By.id(wantedId)).isSelected(); i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    }
    assertTrue(browser.driver.findElement(By.id(wantedId)).isSelected(), wantedId);
  }

  private static String group(String id) {
    return id.startsWith("theme") ? "theme" : "textSize";
  }

  private String messages() {
    return browser.driver.findElement(By.className("message-region")).getText();
  }

  /** The contrast of the focused element's outline against the page, as WCAG computes it. */
  private double focusRingContrast() {
    Object ratio =
        browser.script(
            "const f = document.activeElement, s = getComputedStyle(f);"
                + "if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 3) return 0;"
                + "const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number)"
                + "  .map(x => x / 255).map(x => x <= 0.03928 ? x / 12.92"
                + "  : Math.pow((x + 0.055) / 1.055, 2.4));"
                + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
                + "const a = lum(s.outlineColor),"
                + "  b = lum(getComputedStyle(document.body).backgroundColor);"
                + "return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);");
    return ((Number) ratio).doubleValue();
  }

  private void assertFocusRingOnSignInField() {
    browser.open(url("/signin"));
    browser.driver.findElement(By.id("signin:email")).click();
    double contrast = focusRingContrast();
    assertTrue(contrast >= 3, "focus ring contrast " + contrast + " on " + paper());
  }

  @Test
  void aVisitorChoosesDarkLargeTextByKeyboardAndTheBrowserKeepsIt() {
    browser.open(url("/"));
    assertEquals(LIGHT_PAPER, paper(), "light until chosen (the machine's Chromium is light)");
    assertEquals(16, rootFontPixels());
    assertFocusRingOnSignInField();
    browser.open(url("/"));
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Display")));
    assertEquals("Display", browser.driver.findElement(By.tagName("h1")).getText());
    browser.checkAccessibility();

    choose("theme-dark", "size-large");
    assertTrue(messages().contains("This browser will use"), messages());
    assertEquals(DARK_PAPER, paper(), "the saved page is drawn dark at once");
    assertEquals(20, rootFontPixels(), "large is 125 %");
    browser.checkAccessibility();
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Back to where you were")));
    assertEquals(url("/"), browser.driver.getCurrentUrl(), "back to the catalog");
    assertEquals(DARK_PAPER, paper());
    browser.checkAccessibility();
    CoursePages pages = new CoursePages(browser);
    pages.openCourseFromCatalog(COURSE);
    browser.checkAccessibility();
    pages.readPreview();
    assertEquals(DARK_PAPER, paper(), "a lesson too");
    browser.checkAccessibility();
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    browser.open(browser.driver.getCurrentUrl());
    browser.checkAccessibility();
    assertFocusRingOnSignInField();
    browser.open(url("/help/empathy-and-safety"));
    browser.checkAccessibility();
  }

  @Test
  void autoFollowsTheDeviceAndALearnersChoiceFollowsThemToAFreshBrowser() throws Exception {
    ((ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of(
                "features",
                java.util.List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    browser.open(url("/"));
    assertEquals(DARK_PAPER, paper(), "auto is dark on a device set to dark");
    browser.checkAccessibility();

    String name = RealText.samples().get(RealText.samples().size() / 2);
    String email = "display-" + UUID.randomUUID() + "@example.org";
    String password = "a long enough password 🌙 " + UUID.randomUUID();
    new AccountPages(browser).register(url(""), name, email, password);
    browser.open(url("/display?from=/my-learning"));
    choose("theme-light", "size-largest");
    assertTrue(messages().contains("wherever you sign in"), messages());
    assertEquals(LIGHT_PAPER, paper(), "light overrides the device's dark");
    assertEquals(24, rootFontPixels(), "largest is 150 %");
    browser.checkAccessibility();
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Back to where you were")));
    assertEquals(url("/my-learning"), browser.driver.getCurrentUrl());
    browser.open(url("/course/empathy-and-safety"));
    new CoursePages(browser).enrol();
    browser.checkAccessibility();
    assertEquals(24, rootFontPixels(), "a signed-in lesson page keeps the size");
    browser.close();

    browser = new Browser(); // no cookie: a fresh profile, as on another device
    browser.open(url("/"));
    assertEquals(16, rootFontPixels());
    new AccountPages(browser).signIn(url(""), email, password);
    assertEquals(24, rootFontPixels(), "signing in brings the learner's text size");
    assertEquals(LIGHT_PAPER, paper());
    browser.checkAccessibility();
    browser.open(url("/display"));
    assertTrue(browser.driver.findElement(By.id("theme-light")).isSelected());
    assertTrue(browser.driver.findElement(By.id("size-largest")).isSelected());
    choose("theme-dark", "size-largest");
    new AccountPages(browser).signOut();
    browser.open(url("/"));
    assertEquals(DARK_PAPER, paper(), "signed out, the browser keeps the last choice");
    browser.checkAccessibility();
  }
}
