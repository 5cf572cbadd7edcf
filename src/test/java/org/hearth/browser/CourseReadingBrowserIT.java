package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hearth.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner reads the empathy course in a real headless Chromium; axe-core checks every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseReadingBrowserIT {

  private static final String COURSE = "Empathy and Safety After Betrayal";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hearth();
  }

  @ArquillianResource URL base;

  private Browser browser;
  private CoursePages pages;
  private NeutralSite neutralSite;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    pages = new CoursePages(browser);
    neutralSite = new NeutralSite(Integer.getInteger("hearth.test.exit.port", 18999));
  }

  @AfterEach
  void stop() {
    browser.close();
    neutralSite.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  @Test
  void aLearnerReadsFromTheCatalogToTheEndOfTheCourse() {
    browser.open(url("/"));
    assertEquals("Courses", pages.heading());
    browser.checkAccessibility();

    pages.openCourseFromCatalog(COURSE);
    assertEquals(COURSE, pages.heading());
    browser.checkAccessibility();

    pages.startReading();
    List<String> visited = new ArrayList<>();
    visited.add(pages.heading());
    assertEquals(pages.heading(), pages.currentOutlineEntry(), "the outline marks the lesson being read");
    assertTrue(pages.hasQuickExit(), "a course with support resources shows the quick exit");
    browser.checkAccessibility();

    while (!browser.driver.getCurrentUrl().contains("/finished/")) {
      assertTrue(visited.size() < 20, "Next must reach the end page");
      pages.next();
      visited.add(pages.heading());
      browser.checkAccessibility();
    }
    assertEquals("You have reached the end of " + COURSE, pages.heading());
    assertTrue(visited.size() >= 6, "every lesson was visited on the way: " + visited);
  }

  @Test
  void theHelpPageListsSupportAndExplainsQuickExitHonestly() {
    browser.open(url("/course/empathy-and-safety"));
    pages.openHelp();
    assertEquals("Get help now", pages.heading());
    String text = browser.driver.getPageSource();
    assertTrue(text.contains("does not erase") || text.contains("cannot erase"), "says the history is not erased");
    browser.checkAccessibility();
  }

  @Test
  void quickExitReplacesThePageWithANeutralSite() {
    browser.open(url("/course/empathy-and-safety"));
    browser.open(url("/learn/empathy-and-safety/why-empathy"));
    String lesson = browser.driver.getCurrentUrl();

    pages.quickExit();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> NeutralSite.TITLE.equals(d.getTitle()));
    assertFalse(browser.driver.getCurrentUrl().startsWith(base.toString()), "the browser left Hearth");

    browser.driver.navigate().back();
    browser.settle();
    assertNotEquals(lesson, browser.driver.getCurrentUrl(), "Back does not return to the lesson: its history entry was replaced");
  }

  @Test
  void pressingShiftThreeTimesAlsoExits() {
    browser.open(url("/learn/empathy-and-safety/why-empathy"));
    new Actions(browser.driver)
        .sendKeys(Keys.SHIFT).sendKeys(Keys.SHIFT).sendKeys(Keys.SHIFT)
        .perform();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> NeutralSite.TITLE.equals(d.getTitle()));
  }

  @Test
  void lessonsFitAPhoneScreenAndStartWithASkipLink() {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
    browser.open(url("/learn/empathy-and-safety/your-inner-survivor"));
    Number overflow = (Number) browser.script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone, overflow " + overflow);
    browser.checkAccessibility();

    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals("Skip to main content", browser.driver.switchTo().activeElement().getText());
    new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
    assertEquals("Get help now", browser.driver.switchTo().activeElement().getText(), "the help link is early in the tab order");
  }

  @Test
  void anUnknownLessonGetsAFriendlyNotFoundPage() {
    browser.open(url("/learn/empathy-and-safety/no-such-lesson"));
    assertEquals("We couldn't find that page", pages.heading());
    assertFalse(browser.driver.getPageSource().contains("Exception"), "no server internals on the page");
    browser.checkAccessibility();
  }
}
