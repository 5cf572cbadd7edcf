package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.interactions.Actions;

/**
 * Safety for learners who may be watched: Get help and Quick exit on every page a learner of the
 * empathy course reaches, in view however far they scroll, never covering what has focus; and
 * discreet mode, the course's default, which the learner can turn off and on again.
 */
class SafetyBrowserIT {

  private static final String COURSE = "empathy-and-safety";
  private static final Dimension PHONE = new Dimension(390, 844);
  private static final Dimension DESKTOP = new Dimension(1280, 900);

  private final URL base = SharedHearth.url();
  private Browser browser;
  private CoursePages pages;
  private AccountPages accounts;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    pages = new CoursePages(browser);
    accounts = new AccountPages(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  /**
   * A learner enrolled in the empathy course, named by the first, middle or last (0, 1, 2) of the
   * team's real-text samples.
   */
  private void enrolledLearner(int which) {
    List<String> names = RealText.readable();
    String name = names.get(which == 0 ? 0 : which == 1 ? names.size() / 2 : names.size() - 1);
    accounts.register(
        url(""),
        name.length() > 60 ? name.substring(0, 60) : name,
        "safe-" + UUID.randomUUID() + "@example.org",
        "a calm and long passphrase");
    browser.open(url("/course/" + COURSE));
    pages.enrol();
  }

  /** Every item's address, in outline order, from the course page. */
  private List<String> items() {
    browser.open(url("/course/" + COURSE));
    List<String> items = new ArrayList<>();
    for (WebElement link : browser.driver.findElements(By.cssSelector(".outline-lessons a"))) {
      items.add(link.getAttribute("href"));
    }
    assertTrue(items.size() > 3, "the course has items: " + items);
    return items;
  }

  /** The item whose page is tallest at the window's width: the one to scroll furthest. */
  private String longest(List<String> items) {
    String longest = items.get(0);
    long tallest = 0;
    for (String item : items) {
      browser.open(item);
      long height = ((Number) browser.script("return document.body.scrollHeight;")).longValue();
      if (height > tallest) {
        tallest = height;
        longest = item;
      }
    }
    return longest;
  }

  @Test
  void quickExitAndHelpStayInViewOnEveryPageALearnerReachesAtPhoneAndDesktopWidths() {
    enrolledLearner(0);
    List<String> items = items();
    String worksheet =
        items.stream().filter(i -> i.contains("practice-log")).findFirst().orElseThrow();
    for (Dimension size : List.of(PHONE, DESKTOP)) {
      browser.driver.manage().window().setSize(size);
      List<String> visit =
          new ArrayList<>(
              List.of(
                  url("/"),
                  url("/course/" + COURSE),
                  longest(items),
                  items.get(0),
                  items.get(items.size() / 2),
                  items.get(items.size() - 1),
                  worksheet,
                  url("/my-learning"),
                  url("/account/settings"),
                  url("/help/" + COURSE),
                  url("/help"),
                  url("/verify")));
      for (String page : visit) {
        browser.open(page);
        assertEquals(
            "Hearth", browser.driver.getTitle(), page + ": discreet, the course's default");
        browser.script("window.scrollTo(0, document.documentElement.scrollHeight);");
        assertInView("quick-exit", page, size);
        assertInView("help-link", page, size);
        if (size.equals(PHONE)) {
          browser.checkAccessibility();
        }
      }
    }
  }

  private void assertInView(String what, String page, Dimension size) {
    WebElement element =
        browser.driver.findElement(
            By.cssSelector(what.equals("quick-exit") ? "#quick-exit" : ".help-link"));
    @SuppressWarnings("unchecked")
    Map<String, Number> box =
        (Map<String, Number>)
            browser.script(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, height: window.innerHeight};",
                element);
    assertTrue(
        box.get("top").doubleValue() >= 0
            && box.get("bottom").doubleValue() <= box.get("height").doubleValue(),
        () -> what + " is out of view at the bottom of " + page + " at " + size + ": " + box);
  }

  @Test
  void tabbingThroughTheLongestLessonOnAPhoneNeverHidesTheFocusBehindTheBar() {
    enrolledLearner(1);
    browser.driver.manage().window().setSize(PHONE);
    browser.open(longest(items()));
    Actions keys = new Actions(browser.driver);
    int checked = 0;
    // Forward through the page, then back up it, where a sticky bar is likeliest to cover focus.
    for (int press = 0; press < 80; press++) {
      if (press < 50) {
        keys.sendKeys(Keys.TAB).perform();
      } else {
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      }
      WebElement focused = browser.driver.switchTo().activeElement();
      Boolean hidden =
          (Boolean)
              browser.script(
                  "const el = arguments[0];"
                      + " if (el === document.body) return false;"
                      + " const r = el.getBoundingClientRect();"
                      + " const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);"
                      + " const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);"
                      + " const top = document.elementFromPoint(x, y);"
                      + " return !(top && (el === top || el.contains(top)));",
                  focused);
      assertFalse(
          hidden,
          () ->
              "something covers the focused "
                  + focused.getTagName()
                  + " \""
                  + focused.getText()
                  + "\" at its centre");
      checked++;
    }
    assertEquals(80, checked);
    assertTrue(
        browser.driver.getCurrentUrl().startsWith(base.toString()),
        "Shift with Tab is not a quick-exit press");
  }

  @Test
  void discreetModeIsTheCoursesDefaultAndTheLearnerCanTurnItOffAndOnAgain() throws Exception {
    enrolledLearner(2);
    String first = items().get(0);
    browser.open(first);
    String lesson = pages.heading();
    assertEquals("Hearth", browser.driver.getTitle(), "the course's default: no names");
    String worksheetId = worksheetItemId();
    assertDownloadName("worksheet.pdf", "/api/worksheets/" + worksheetId + "/blank.pdf");

    chooseInSettings("discreet-off");
    assertTrue(accounts.messages().contains("Discreet mode is off"), accounts.messages());
    browser.open(first);
    assertTrue(
        browser.driver.getTitle().startsWith(lesson + " · "),
        "with discreet mode off the title names the lesson: " + browser.driver.getTitle());
    assertDownloadName(
        COURSE + "-regulation-practice-log.pdf", "/api/worksheets/" + worksheetId + "/blank.pdf");

    chooseInSettings("discreet-on");
    browser.open(first);
    assertEquals("Hearth", browser.driver.getTitle());
  }

  @Test
  void aPrivateNoteSavesItselfAsTheLearnerTypesAndIsGatheredUnderMyNotes() {
    enrolledLearner(1);
    List<String> items = items();
    List<String> samples = RealText.readable();
    // The first, middle and last item of the course, each with its own real words.
    List<String> notesWritten = new ArrayList<>();
    List<String> chosen =
        List.of(items.get(0), items.get(items.size() / 2), items.get(items.size() - 1));
    for (int i = 0; i < chosen.size(); i++) {
      String note =
          samples.get(i * (samples.size() - 1) / 2) + "\nShe said “not yet” — and I Wrote It Down.";
      browser.open(chosen.get(i));
      WebElement box = browser.driver.findElement(By.id("notes:noteText"));
      new Actions(browser.driver).scrollToElement(box).click(box).sendKeys(note).perform();
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver, java.time.Duration.ofSeconds(10))
          .until(d -> d.findElement(By.id("note-save-status")).getText().startsWith("Saved at"));
      assertTrue(
          browser.driver.getCurrentUrl().startsWith(base.toString()),
          "typing capitals with Shift never set off Quick exit");
      browser.checkAccessibility();
      browser.open(chosen.get(i));
      assertEquals(
          note,
          browser.driver.findElement(By.id("notes:noteText")).getDomProperty("value"),
          "the note comes back exactly after a reload");
      notesWritten.add(note);
    }

    browser.open(chosen.get(1));
    WebElement box = browser.driver.findElement(By.id("notes:noteText"));
    box.clear();
    new Actions(browser.driver).click(box).sendKeys("Kept by the button.").perform();
    browser.clickToNavigate(browser.driver.findElement(By.id("notes:saveNote")));
    assertTrue(accounts.messages().contains("Your note is saved."), accounts.messages());
    notesWritten.set(1, "Kept by the button.");

    browser.open(url("/my-notes"));
    browser.checkAccessibility();
    List<String> shown =
        browser.driver.findElements(By.cssSelector(".note__body")).stream()
            .map(e -> e.getDomProperty("textContent"))
            .toList();
    assertEquals(notesWritten, shown, "every note, in the course's order, exactly as written");
  }

  @Test
  void aLessonsContentNoteComesFirstUntilTheLearnerChoosesToContinue() {
    enrolledLearner(0);
    String lesson = url("/learn/" + COURSE + "/how-can-you-have-empathy");
    browser.open(lesson);
    assertTrue(
        browser.driver.findElement(By.id("content-note")).getText().contains("Not now"),
        "the note comes first, with its two choices");
    assertTrue(browser.driver.findElements(By.cssSelector(".lesson-body")).isEmpty(), "no lesson");
    assertTrue(browser.driver.findElements(By.id("complete:completeButton")).isEmpty());
    browser.checkAccessibility();

    browser.clickToNavigate(browser.driver.findElement(By.id("not-now")));
    assertTrue(browser.driver.getCurrentUrl().endsWith("/course/" + COURSE), "back to the course");
    browser.open(lesson);
    assertFalse(
        browser.driver.findElements(By.id("content-note")).isEmpty(), "Not now is not forever");

    WebElement carryOn = browser.driver.findElement(By.id("contentNote:continue"));
    browser.script("arguments[0].focus();", carryOn);
    WebElement page = browser.driver.findElement(By.tagName("html"));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.waitUntilGone(page);
    browser.settle();
    assertFalse(
        browser.driver.findElements(By.cssSelector(".lesson-body")).isEmpty(), "the lesson");
    browser.checkAccessibility();
    browser.open(lesson);
    assertTrue(
        browser.driver.findElements(By.id("content-note")).isEmpty(),
        "once continued, the note is not shown again");
  }

  /** Picks a discreet-mode option by keyboard, as a learner would, and saves it. */
  private void chooseInSettings(String option) {
    browser.open(url("/account/settings"));
    browser.checkAccessibility();
    // The theme styles every input; Hearth's primary button must still read as one (issue 17).
    String primary = background("password:change");
    assertEquals("rgba(31, 95, 91, 1)", primary, "Change password is a solid primary button");
    assertFalse(primary.equals(background("discretion:saveDiscretion")), "a secondary button");
    assertFalse(primary.equals(background("delete:deleteButton")), "a danger button");
    WebElement radio = browser.driver.findElement(By.id(option));
    new Actions(browser.driver).scrollToElement(radio).perform();
    browser.script("arguments[0].focus();", radio);
    new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
    assertTrue(radio.isSelected(), option + " is chosen");
    browser.clickToNavigate(browser.driver.findElement(By.id("discretion:saveDiscretion")));
    browser.checkAccessibility();
  }

  private String background(String id) {
    return browser.driver.findElement(By.id(id)).getCssValue("background-color");
  }

  private String worksheetItemId() {
    browser.open(
        items().stream().filter(i -> i.contains("practice-log")).findFirst().orElseThrow());
    String href = browser.driver.findElement(By.id("download-blank")).getAttribute("href");
    return href.replaceAll(".*/api/worksheets/(\\d+)/blank\\.pdf.*", "$1");
  }

  private void assertDownloadName(String expected, String path) throws Exception {
    HttpResponse<byte[]> response = browser.downloadResponse(url(path));
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.contains("filename=\"" + expected + "\""), disposition);
  }
}
