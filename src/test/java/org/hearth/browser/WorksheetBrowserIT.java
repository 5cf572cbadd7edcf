package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.it.SharedHearth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner fills in a worksheet on the page and downloads it, then finishes the course and checks
 * their certificate, in headless Chromium; axe-core checks every page.
 */
class WorksheetBrowserIT {

  private static final String COURSE = "empathy-and-safety";
  private static final String LOG = "/learn/" + COURSE + "/regulation-practice-log";

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

  private void enrolledLearner(String name) {
    accounts.register(
        url(""),
        name,
        "worksheet-" + UUID.randomUUID() + "@example.org",
        "a calm and long passphrase");
    browser.open(url("/course/" + COURSE));
    pages.enrol();
  }

  private WebElement first(String css) {
    return browser.driver.findElement(By.cssSelector("#worksheet " + css));
  }

  private void waitUntilSaved() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(d -> d.findElement(By.id("worksheet-save-status")).getText().startsWith("Saved at"));
  }

  @Test
  void aLearnerFillsInTheRegulationLogReloadsAndDownloadsItFilledIn() throws Exception {
    enrolledLearner("Log keeper");
    browser.open(url(LOG));
    assertEquals("Regulation practice log", pages.heading());
    browser.checkAccessibility();

    WebElement text = first("input[type='text']");
    WebElement longText = first("textarea");
    WebElement box = first("input[type='checkbox']");
    Select scale = new Select(first("select"));
    Map<String, String> typed = new HashMap<>();
    typed.put(text.getAttribute("name"), "A walk by the river");
    typed.put(longText.getAttribute("name"), "Talking with my sister helped");
    text.sendKeys(typed.get(text.getAttribute("name")));
    longText.sendKeys(typed.get(longText.getAttribute("name")));
    browser
        .driver
        .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
        .click();
    scale.selectByValue("6");
    String boxName = box.getAttribute("name");
    String scaleName = first("select").getAttribute("name");
    waitUntilSaved();

    browser.open(url(LOG));
    assertEquals(
        "A walk by the river",
        first("input[type='text']").getAttribute("value"),
        "the answer is there after a reload");
    assertEquals("Talking with my sister helped", first("textarea").getAttribute("value"));
    assertTrue(browser.driver.findElement(By.name(boxName)).isSelected());
    assertEquals(
        "6",
        new Select(browser.driver.findElement(By.name(scaleName)))
            .getFirstSelectedOption()
            .getAttribute("value"));
    browser.checkAccessibility();

    String href = browser.driver.findElement(By.id("download-mine")).getAttribute("href");
    try (PDDocument pdf = Loader.loadPDF(browser.download(href))) {
      Map<String, String> values = new HashMap<>();
      for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFieldTree()) {
        values.put(
            field.getFullyQualifiedName(),
            field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDChoice choice
                ? String.join(",", choice.getValue())
                : field.getValueAsString());
      }
      for (Map.Entry<String, String> answer : typed.entrySet()) {
        assertEquals(
            answer.getValue(),
            values.get(answer.getKey().substring("field-".length())),
            answer.getKey() + " in the PDF");
      }
      assertEquals("6", values.get(scaleName.substring("field-".length())));
      assertTrue(
          !"Off".equals(values.get(boxName.substring("field-".length()))),
          "the ticked box is ticked in the PDF");
    }

    browser.clickToNavigate(browser.driver.findElement(By.id("clear-answers")));
    String confirmation = browser.driver.findElement(By.id("clear-confirmation")).getText();
    assertTrue(confirmation.contains("Clear your answers?"), confirmation);
    browser.checkAccessibility();
    browser.clickToNavigate(browser.driver.findElement(By.id("confirm-clear:confirmClear")));
    assertTrue(
        accounts.messages().contains("Your answers to this worksheet are cleared."),
        accounts.messages());
    assertEquals(
        "", first("input[type='text']").getAttribute("value"), "Clear my answers cleared them");
    assertEquals("", first("textarea").getAttribute("value"));
    assertTrue(!browser.driver.findElement(By.name(boxName)).isSelected());
  }

  @Test
  void aLearnerFinishesTheCourseAndVerifiesTheirCertificate() throws Exception {
    enrolledLearner("Ada Graduate");
    browser.open(url("/learn/" + COURSE + "/why-empathy"));
    pages.completeTheRest(COURSE);
    assertTrue(pages.heading().startsWith("You have reached the end"));
    browser.checkAccessibility();

    String certificate = browser.driver.findElement(By.id("certificate")).getAttribute("href");
    String text;
    try (PDDocument pdf = Loader.loadPDF(browser.download(certificate))) {
      text = new PDFTextStripper().getText(pdf);
    }
    assertTrue(text.contains("Ada Graduate"), text);
    Matcher verify =
        Pattern.compile("/verify/([0-9A-Za-z-]+)").matcher(text.replaceAll("\\s+", ""));
    assertTrue(verify.find(), "the certificate says where to verify it: " + text);

    String finished = browser.driver.getCurrentUrl();
    browser.open(url("/verify/" + verify.group(1)));
    assertEquals(
        "This certificate is genuine",
        browser.driver.findElement(By.id("verified-heading")).getText());
    assertEquals("Ada Graduate", browser.driver.findElement(By.id("verified-name")).getText());
    assertTrue(
        browser.driver.findElements(By.id("verified-course")).isEmpty(),
        "the course is discreet: its name stays off the public page");
    assertFalse(browser.driver.getPageSource().contains("Empathy and Safety After Betrayal"));
    browser.checkAccessibility();

    // The learner chooses, by keyboard, to let people who check the code see the course.
    browser.open(finished);
    WebElement show = browser.driver.findElement(By.id("show-course-yes"));
    browser.script("arguments[0].focus();", show);
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.SPACE)
        .perform();
    browser.clickToNavigate(browser.driver.findElement(By.id("naming:saveNaming")));
    assertTrue(accounts.messages().contains("now names the course"), accounts.messages());
    browser.checkAccessibility();
    browser.open(url("/verify/" + verify.group(1)));
    assertEquals(
        "Empathy and Safety After Betrayal",
        browser.driver.findElement(By.id("verified-course")).getText());
    browser.checkAccessibility();

    browser.open(url("/verify"));
    browser.driver.findElement(By.id("code")).sendKeys("NOT-A-REAL-CODE");
    browser.clickToNavigate(
        browser.driver.findElement(By.cssSelector("form button[type='submit']")));
    assertTrue(
        browser
            .driver
            .findElement(By.id("verification"))
            .getText()
            .startsWith("No certificate has the code"));
    browser.checkAccessibility();
  }

  @Test
  void typingCapitalsWithRealShiftPressesNeverExitsButShiftAloneThreeTimesDoes() throws Exception {
    enrolledLearner("Ngũgĩ wa Thiong’o");
    browser.open(url(LOG));
    Keyboard keyboard = new Keyboard(browser.driver);
    String sentence = "I saw That Anger, And Then It Passed";
    WebElement text = first("input[type='text']");
    WebElement longText = first("textarea");
    keyboard.type(text, sentence);
    keyboard.type(longText, sentence);
    assertEquals(sentence, text.getAttribute("value"), "every capital typed, the page still here");
    assertEquals(sentence, longText.getAttribute("value"));
    assertTrue(browser.driver.getCurrentUrl().endsWith(LOG));

    keyboard.pressShiftAlone();
    WebElement status = browser.driver.findElement(By.id("quick-exit-status"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> status.getText().contains("2 more times"));
    browser.checkAccessibility();
    keyboard.type(longText, "x");
    keyboard.pressShiftAlone();
    keyboard.pressShiftAlone();
    assertTrue(
        status.getText().contains("1 more time"),
        "a key between presses started the count again: " + status.getText());
    try (NeutralSite neutral =
        new NeutralSite(Integer.getInteger("hearth.test.exit.port", 18999))) {
      keyboard.pressShiftAlone();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> NeutralSite.TITLE.equals(d.getTitle()));
    }
  }
}
