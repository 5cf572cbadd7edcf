package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hearth.it.SharedHearth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Lessons written for other tools (the fixture course src/test/it-content/courses/
 * brought-from-elsewhere: callout divs with markdown="1", collapsed answers, anchors, keys, a
 * right-to-left paragraph, an embed, a plain Markdown page with no front matter) read as their
 * authors meant: no raw tag shown as text, callouts styled, answers opened by keyboard, and axe
 * passing inside the lesson bodies.
 */
class RealWorldContentBrowserIT {

  private static final String COURSE = "brought-from-elsewhere";

  /** A tag shown as text: what a reader sees when raw HTML is escaped instead of rendered. */
  private static final Pattern SHOWN_TAG =
      Pattern.compile("</?(div|details|summary|span|kbd|p|table|iframe|mark|abbr)\\b|markdown=");

  private final URL base = SharedHearth.url();
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    new AccountPages(browser)
        .register(
            url(""),
            "Aroha Ngāti-Whātua",
            "elsewhere-" + UUID.randomUUID() + "@example.org",
            "a calm and long passphrase");
    browser.open(url("/course/" + COURSE));
    new CoursePages(browser).enrol();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  /** The lesson body's text as a reader sees it, leaving out code, which shows tags on purpose. */
  private String readableText() {
    return String.valueOf(
        browser.script(
            "const body = document.querySelector('.lesson-body').cloneNode(true);"
                + " body.querySelectorAll('pre, code').forEach(c => c.remove());"
                + " document.body.appendChild(body);"
                + " const text = body.innerText; body.remove(); return text;"));
  }

  @Test
  void aLessonWrittenForJekyllShowsItsCalloutsAnswersAndAnchorsAsMeant() {
    browser.open(url("/learn/" + COURSE + "/noticing-the-body"));
    String text = readableText();
    assertFalse(SHOWN_TAG.matcher(text).find(), () -> "raw HTML shown as text: " + text);
    assertFalse(text.contains("**") || text.contains("{:"), text);
    browser.checkAccessibility();

    WebElement challenge = browser.driver.findElement(By.cssSelector(".lesson-body .challenge"));
    assertEquals("4px", challenge.getCssValue("border-left-width"), "the callout is styled");
    assertEquals("Try this first", challenge.findElement(By.tagName("h2")).getText());
    assertEquals(3, challenge.findElements(By.tagName("li")).size(), "its list is a list");
    assertEquals(
        2, browser.driver.findElements(By.cssSelector(".lesson-body kbd")).size(), "two keys");
    assertNotNull(browser.driver.findElement(By.cssSelector(".lesson-body p[dir='rtl']")));
    assertTrue(
        browser.driver.findElements(By.cssSelector(".lesson-body iframe")).isEmpty(),
        "the embed is left out");
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector(".lesson-body pre"))
            .getText()
            .contains("<details>"),
        "HTML in a code block is shown as code");

    // Fenced code with a language is highlighted by Hearth's own copy of highlight.js, its text
    // unchanged.
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                "true"
                    .equals(
                        d.findElement(By.tagName("html")).getAttribute("data-code-highlighted")));
    WebElement code = browser.driver.findElement(By.cssSelector(".lesson-body code.language-html"));
    assertTrue(
        !code.findElements(By.cssSelector("span.hljs-tag")).isEmpty(),
        "the tags in the html block are marked up for colour");
    assertTrue(code.getText().contains("<summary>This is code, shown as written</summary>"));

    // The collapsed answer opens from the keyboard.
    WebElement details = browser.driver.findElement(By.cssSelector(".lesson-body details"));
    assertNull(details.getAttribute("open"), "closed at first");
    browser.script("arguments[0].focus();", details.findElement(By.tagName("summary")));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    assertNotNull(details.getAttribute("open"), "Enter on the summary opens it");
    assertEquals("shallower", details.findElement(By.tagName("strong")).getText());
    browser.checkAccessibility();

    // In-page links reach the author's anchors.
    for (String anchor : List.of("reasons", "practice")) {
      WebElement link =
          browser.driver.findElement(By.cssSelector(".lesson-body a[href='#" + anchor + "']"));
      assertNotNull(link);
      assertEquals(1, browser.driver.findElements(By.id(anchor)).size(), anchor + " is there");
    }
  }

  @Test
  void aPlainMarkdownPageWithNoFrontMatterReadsAsALesson() {
    browser.open(url("/learn/" + COURSE + "/a-plain-readme"));
    assertEquals("A plain Markdown page", browser.driver.findElement(By.tagName("h1")).getText());
    String text = readableText();
    assertFalse(SHOWN_TAG.matcher(text).find(), () -> "raw HTML shown as text: " + text);
    assertFalse(text.contains("A plain Markdown page"), "the title heading is not shown twice");
    assertNotNull(
        browser.driver.findElement(By.cssSelector(".lesson-body details[open]")).getText());
    assertTrue(
        browser
            .driver
            .findElement(By.cssSelector(".lesson-body .solution"))
            .getText()
            .contains("link"));
    // kramdown's {: .challenge}, a Pandoc ::: div and an MkDocs !!! admonition, as callouts.
    assertFalse(text.contains("{:") || text.contains(":::") || text.contains("!!!"), text);
    for (String callout : List.of("challenge", "keypoints", "tip")) {
      WebElement aside =
          browser.driver.findElement(By.cssSelector(".lesson-body ." + callout + "[role='note']"));
      assertEquals("4px", aside.getCssValue("border-left-width"), callout + " is styled");
      assertFalse(aside.getAttribute("aria-label").isBlank(), callout + " is labelled");
    }
    browser.checkAccessibility();
  }

  @Test
  void numbersFromAMoodleQuestionBankAreGradedAsMoodleWould() {
    browser.open(url("/learn/" + COURSE + "/a-moodle-question-bank"));
    browser.checkAccessibility();
    Keyboard keys = new Keyboard(browser.driver);
    keys.type(browser.driver.findElement(By.id("answer-q1")), "+13"); // within 12 ± 4
    keys.type(browser.driver.findElement(By.id("answer-q2")), "3,14"); // a decimal comma
    keys.type(browser.driver.findElement(By.id("answer-q3")), "Sand, warm from the sun");
    new QuizPages(browser).submit();
    QuizPages quiz = new QuizPages(browser);
    assertTrue(quiz.score().contains("100"), quiz.score());
    assertTrue(quiz.results().contains("Yes, 3.14."), "the matched answer's feedback");
    assertTrue(quiz.results().contains("Any honest answer counts."), "the wildcard's feedback");
    browser.checkAccessibility();
  }
}
