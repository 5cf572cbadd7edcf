package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hearth.it.SharedHearth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner reads the empathy course in a real headless Chromium; axe-core checks every page. */
class CourseReadingBrowserIT {

  private static final String COURSE = "Empathy and Safety After Betrayal";

  private final URL base = SharedHearth.url();

  private Browser browser;
  private CoursePages pages;
  private AccountPages accounts;
  private NeutralSite neutralSite;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    pages = new CoursePages(browser);
    accounts = new AccountPages(browser);
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
  void aVisitorFindsTheCourseAndReadsTheFreePreview() {
    browser.open(url("/"));
    assertEquals("Courses", pages.heading());
    browser.checkAccessibility();

    pages.openCourseFromCatalog(COURSE);
    assertEquals(COURSE, pages.heading());
    browser.checkAccessibility();

    pages.readPreview();
    assertEquals(
        pages.heading(), pages.currentOutlineEntry(), "the outline marks the lesson being read");
    assertTrue(pages.hasQuickExit(), "a course with support resources shows the quick exit");
    browser.checkAccessibility();

    pages.next();
    assertEquals(
        COURSE,
        pages.heading(),
        "a lesson that is not a preview sends a visitor to the course page");
    assertTrue(accounts.messages().contains("sign in"), accounts.messages());
    assertFalse(
        browser.driver.getPageSource().contains("safety is your top priority"),
        "the lesson's words never reach the visitor");
    browser.checkAccessibility();
  }

  @Test
  void aLearnerRegistersEnrolsAndPicksUpWhereTheyStopped() {
    String email = "learner-" + UUID.randomUUID() + "@example.org";
    String password = "a calm and long passphrase";
    accounts.register(url(""), "Sam", email, password);
    assertEquals("My learning", pages.heading());
    browser.checkAccessibility();

    browser.open(url("/course/empathy-and-safety"));
    pages.enrol();
    assertTrue(accounts.messages().contains("enrolled"), accounts.messages());
    String first = pages.heading();
    browser.checkAccessibility();

    pages.markComplete();
    assertTrue(pages.isMarkedComplete(), "the lesson shows as complete");
    String message = accounts.messages();
    assertTrue(pages.moduleProgress().contains("1 of "), pages.moduleProgress());
    int total = requiredCount();
    assertTrue(total < lessonCount(), "the optional self-check is not counted");
    assertTrue(message.contains("1 of " + total), message);
    browser.checkAccessibility();

    browser.open(url("/my-learning"));
    assertTrue(pages.courseProgress().startsWith("1 of " + total), pages.courseProgress());
    assertTrue(pages.courseProgress().contains((100 / total) + "%"), pages.courseProgress());
    browser.checkAccessibility();

    accounts.signOut();
    accounts.signIn(url(""), email, password);
    assertEquals("My learning", pages.heading());
    pages.continueLearning();
    assertNotEquals(first, pages.heading(), "Continue opens the next unfinished lesson");
    assertEquals(2, lessonNumber(), "lesson two");

    List<String> visited = pages.completeTheRest("empathy-and-safety");
    assertTrue(visited.size() > 3, "lessons, quizzes and worksheets on the way: " + visited);
    // The course is discreet by default: no tab or history entry on the way named it or an item.
    assertEquals(java.util.Collections.nCopies(visited.size(), "Hearth"), pages.titles);
    assertEquals("You have reached the end of " + COURSE, pages.heading());
    assertTrue(browser.driver.getPageSource().contains("completed every required part"));
    browser.checkAccessibility();

    browser.open(url("/my-learning"));
    assertFalse(
        browser.driver.findElements(By.id("finished-empathy-and-safety")).isEmpty(),
        "My learning says the course is finished");
    assertTrue(
        browser.driver.findElements(By.linkText("Continue")).isEmpty(), "and offers no Continue");
    assertFalse(
        browser
            .driver
            .findElements(By.cssSelector("a[href$='/certificates/empathy-and-safety.pdf']"))
            .isEmpty(),
        "but the certificate");
    browser.checkAccessibility();

    browser.open(url("/account/settings"));
    browser.checkAccessibility();
  }

  private int lessonCount() {
    String meta =
        browser.driver.findElement(org.openqa.selenium.By.cssSelector(".lesson .meta")).getText();
    return Integer.parseInt(meta.replaceAll(".* of (\\d+).*", "$1"));
  }

  /** Required items in the course, from the course page's outline: optional ones are marked. */
  private int requiredCount() {
    String url = browser.driver.getCurrentUrl();
    browser.open(url("/course/empathy-and-safety"));
    int items =
        browser
            .driver
            .findElements(org.openqa.selenium.By.cssSelector(".outline-lessons li"))
            .size();
    int optional =
        (int)
            browser
                .driver
                .findElements(org.openqa.selenium.By.cssSelector(".outline-lessons li"))
                .stream()
                .filter(li -> li.getText().contains("optional"))
                .count();
    browser.open(url);
    return items - optional;
  }

  private int lessonNumber() {
    String meta =
        browser.driver.findElement(org.openqa.selenium.By.cssSelector(".lesson .meta")).getText();
    return Integer.parseInt(meta.replaceAll(".*?(\\d+) of \\d+ lessons?.*", "$1"));
  }

  @Test
  void theHelpPageListsSupportAndExplainsQuickExitHonestly() {
    browser.open(url("/course/empathy-and-safety"));
    pages.openHelp();
    assertEquals("Get help now", pages.heading());
    String text = browser.driver.getPageSource();
    assertTrue(
        text.contains("does not erase") || text.contains("cannot erase"),
        "says the history is not erased");
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
    assertFalse(
        browser.driver.getCurrentUrl().startsWith(base.toString()), "the browser left Hearth");

    browser.driver.navigate().back();
    browser.settle();
    assertNotEquals(
        lesson,
        browser.driver.getCurrentUrl(),
        "Back does not return to the lesson: its history entry was replaced");
  }

  @Test
  void pressingShiftThreeTimesAlsoExits() {
    browser.open(url("/learn/empathy-and-safety/why-empathy"));
    Keyboard keyboard = new Keyboard(browser.driver);
    keyboard.pressShiftAlone();
    keyboard.pressShiftAlone();
    keyboard.pressShiftAlone();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> NeutralSite.TITLE.equals(d.getTitle()));
  }

  @Test
  void lessonsFitAPhoneScreenAndStartWithASkipLink() {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
    browser.open(url("/learn/empathy-and-safety/why-empathy"));
    Number overflow =
        (Number)
            browser.script(
                "return document.documentElement.scrollWidth -"
                    + " document.documentElement.clientWidth;");
    assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone, overflow " + overflow);
    browser.checkAccessibility();

    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals("Skip to main content", browser.driver.switchTo().activeElement().getText());
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals(
        "Get help now",
        browser.driver.switchTo().activeElement().getText(),
        "the help link comes straight after the skip link");
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    assertEquals("Quick exit", browser.driver.switchTo().activeElement().getText());
  }

  @Test
  void anUnknownLessonGetsAFriendlyNotFoundPage() {
    browser.open(url("/learn/empathy-and-safety/no-such-lesson"));
    assertEquals("We couldn't find that page", pages.heading());
    for (String internal : new String[] {"Exception:", "Caused by", ".java:"}) {
      assertFalse(
          browser.driver.getPageSource().contains(internal),
          "no server internals on the page: " + internal);
    }
    browser.checkAccessibility();
  }
}
