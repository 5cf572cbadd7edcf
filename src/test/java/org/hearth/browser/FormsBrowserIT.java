package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.hearth.it.SharedHearth;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Forms that say everything at once (issue 17): a registration sent with three mistakes lists all
 * three at the top of the page (GOV.UK's error summary), focus starts there, and each entry's link
 * puts focus in its field; put right with real key presses, the account is made and the learner is
 * back on the course page they started from through the header's "Create an account".
 */
class FormsBrowserIT {

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

  private WebElement byId(String id) {
    return browser.driver.findElement(By.id(id));
  }

  private void send(String buttonId) {
    browser.enterToNavigate(byId(buttonId));
  }

  @Test
  void aRegistrationWithThreeMistakesListsEachAndLeadsToItsField() {
    browser.open(url("/course/empathy-and-safety"));
    browser.clickToNavigate(
        browser.driver.findElement(By.cssSelector(".account-nav a[href*='/register']")));
    assertTrue(
        browser.driver.getCurrentUrl().endsWith("/register?next=%2Fcourse%2Fempathy-and-safety"),
        browser.driver.getCurrentUrl());
    Keyboard keyboard = new Keyboard(browser.driver);
    keyboard.type(byId("register:email"), "not an address");
    keyboard.type(byId("register:password"), "short");
    send("register:submit");

    List<WebElement> entries = browser.driver.findElements(By.cssSelector(".error-summary a"));
    assertEquals(
        List.of("#register:displayName", "#register:email", "#register:password"),
        entries.stream().map(e -> e.getAttribute("href").replaceAll("^[^#]*", "")).toList(),
        "one entry per field, in the form's order");
    assertTrue(entries.get(1).getText().contains("doesn't look like an email"));
    assertEquals(
        "error-summary",
        browser.driver.switchTo().activeElement().getAttribute("id"),
        "focus starts on the summary");
    browser.checkAccessibility();

    browser.driver.switchTo().activeElement().sendKeys(Keys.TAB, Keys.TAB); // to the email link
    browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertEquals("register:email", browser.driver.switchTo().activeElement().getAttribute("id"));
    byId("register:email").clear();
    String name =
        RealText.readable().stream()
            .filter(n -> n.strip().length() <= 60 && !n.contains("\t") && !n.isBlank())
            .findFirst()
            .orElseThrow();
    keyboard.type(byId("register:email"), "forms-" + UUID.randomUUID() + "@example.org");
    keyboard.type(byId("register:displayName"), name);
    keyboard.type(byId("register:password"), "a long enough password, “curly” 💛");
    send("register:submit");

    assertEquals("Your recovery code", browser.driver.findElement(By.tagName("h1")).getText());
    new AccountPages(browser).keepRecoveryCode();
    assertEquals(
        url("/course/empathy-and-safety"),
        browser.driver.getCurrentUrl(),
        "back on the course the learner came from");
    browser.checkAccessibility();
  }

  @Test
  void theImportReportSpeaksInSentencesAndMomentsInTheReadersZone() {
    ((org.openqa.selenium.chrome.ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Asia/Kolkata"));
    new AccountPages(browser)
        .signIn(
            url(""),
            System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test"),
            System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin"));
    browser.open(url("/admin/import"));
    browser.clickToNavigate(
        browser.driver.findElement(By.cssSelector("#import button, #import input[type=submit]")));
    browser.checkAccessibility();
    String report = browser.driver.findElement(By.tagName("main")).getText();
    assertTrue(report.contains("Unchanged since the last import"), report);
    assertTrue(!report.contains("UNCHANGED") && !report.contains("IMPORTED"), report);
    WebElement started = browser.driver.findElement(By.cssSelector("p.meta time.local-time"));
    assertTrue(
        started.getText().contains("GMT+5:30"), "in the reader's zone: " + started.getText());
    assertTrue(
        started.getAttribute("title").endsWith("UTC"),
        "UTC kept: " + started.getAttribute("title"));
    assertTrue(
        browser.driver.findElements(By.cssSelector("table.report ul:not(:has(li))")).isEmpty(),
        "no empty problem boxes for courses that have none");
  }
}
