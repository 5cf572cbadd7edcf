package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.hearth.it.SharedHearth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An instructor writes a course in the browser (a module, a lesson with its live preview, a quiz of
 * two questions and a worksheet) and publishes it; a learner enrols and reads it; the instructor's
 * next edit stays in the draft until the next publish. Headless Chromium, axe-core on every page.
 */
class AuthoringBrowserIT {

  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");
  private static final String PASSWORD = "a calm and long passphrase";

  private final URL base = SharedHearth.url();

  private Browser browser;
  private AccountPages accounts;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    accounts = new AccountPages(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  /** Replaces a text area's text as typing would, so the page's scripts hear about it. */
  private void typeInto(WebElement area, String text) {
    browser.script(
        "arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        area);
    area.sendKeys(text);
  }

  /** Whether the page's beforeunload handler would make the browser ask before leaving. */
  private boolean wouldAskBeforeLeaving() {
    return Boolean.TRUE.equals(
        browser.script(
            "var leaving = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(leaving); return leaving.defaultPrevented;"));
  }

  private void setText(WebElement area, String text) {
    browser.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles:"
            + " true}));",
        area,
        text);
  }

  private String instructor() {
    String email = "author-" + UUID.randomUUID() + "@example.org";
    accounts.register(url(""), "Author", email, PASSWORD);
    accounts.signOut();
    accounts.signIn(url(""), ADMIN, ADMIN_PASSWORD);
    browser.open(url("/admin/accounts"));
    browser.clickToNavigate(find("input[aria-label='Make " + email + " an instructor']"));
    accounts.signOut();
    accounts.signIn(url(""), email, PASSWORD);
    return email;
  }

  private void addItem(String kind, String title) {
    new Select(find("form[id$='add-item'] select")).selectByValue(kind);
    find("form[id$='add-item'] input[type='text']").sendKeys(title);
    browser.clickToNavigate(find("form[id$='add-item'] input[type='submit']"));
    browser.checkAccessibility();
  }

  private static java.nio.file.Path file(String name, byte[] bytes) {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("upload-");
      return java.nio.file.Files.write(dir.resolve(name), bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] png() {
    try {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private java.net.http.HttpResponse<byte[]> fetch(String path) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private void backToCourse() {
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Back to the course")));
  }

  @Test
  void anInstructorWritesAndPublishesACourseAndLearnersSeeOnlyPublishedText() {
    String author = instructor();
    browser.open(url("/instructor/courses"));
    browser.checkAccessibility();
    String title = "Calm beginnings " + UUID.randomUUID().toString().substring(0, 6);
    find("#create\\:course-title").sendKeys(title);
    browser.clickToNavigate(find("#create\\:create-course"));
    browser.checkAccessibility();
    String editor = browser.driver.getCurrentUrl();
    String slug = editor.substring(editor.indexOf("course=") + "course=".length());

    find("#add-module\\:module-name").sendKeys("Getting settled");
    browser.clickToNavigate(
        find("#add-module\\:add-module-button, #add-module input[type='submit']"));
    addItem("LESSON", "First steps");

    WebElement body = find("#text");
    typeInto(body, "Opening line.\n\nSee [a lesson that is not there](99-gone.md).");
    WebElement lineLink =
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
            .until(
                d ->
                    d.findElements(By.cssSelector("#problem-list a[data-line]")).stream()
                        .findFirst()
                        .orElse(null));
    assertEquals(
        "Line 3", lineLink.getText(), "lines count from the first line of the lesson text");
    lineLink.click();
    assertEquals(
        ((String) browser.script("return arguments[0].value;", body)).indexOf("See ["),
        ((Number) browser.script("return arguments[0].selectionStart;", body)).intValue(),
        "the link puts the cursor on that line");
    typeInto(body, "Hello from the **browser** editor.");
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(
            d ->
                d.findElement(By.id("preview-pane"))
                    .getAttribute("innerHTML")
                    .contains("<strong>browser</strong>"));
    new Keyboard(browser.driver).type(body, " Then I Wrote This, And It Stayed.");
    assertTrue(
        browser.driver.getCurrentUrl().contains("/instructor/item"),
        "typing capitals stays in the editor");
    assertTrue(
        ((String) browser.script("return arguments[0].value;", body))
            .endsWith(" Then I Wrote This, And It Stayed."));
    // WebDriver accepts the browser's "Leave site?" question by itself, so the test asks the page
    // whether it would hold the browser back, as the browser does before it leaves.
    assertTrue(wouldAskBeforeLeaving(), "leaving with unsaved edits asks first");
    browser.clickToNavigate(find("#save"));
    assertFalse(wouldAskBeforeLeaving(), "saved: nothing to ask about");
    browser.checkAccessibility();
    assertTrue(accounts.messages().contains("Saved to the draft"), accounts.messages());

    backToCourse();
    find("#image\\:image-file").sendKeys(file("calm.png", png()).toString());
    browser.clickToNavigate(find("#image input[type='submit']"));
    java.util.regex.Matcher stored =
        java.util.regex.Pattern.compile("assets/([a-f0-9]{20}\\.png)").matcher(accounts.messages());
    assertTrue(stored.find(), accounts.messages());
    find("#image\\:image-file")
        .sendKeys(
            file("logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()).toString());
    browser.clickToNavigate(find("#image input[type='submit']"));
    assertTrue(
        find("main").getText().contains("SVG is not accepted"),
        "an SVG is refused, whatever its name");
    browser.checkAccessibility();

    addItem("QUIZ", "Quick check");
    find("#quiz\\:title").clear();
    find("#quiz\\:title").sendKeys("Quick check");
    find("textarea[id$=':0:prompt']").clear();
    find("textarea[id$=':0:prompt']").sendKeys("What comes first?");
    new Select(find("#quiz\\:new-type")).selectByValue("TRUE_FALSE");
    browser.clickToNavigate(find("#quiz\\:add-question"));
    browser.checkAccessibility();
    find("textarea[id$=':1:prompt']").sendKeys("You can go at your own pace.");
    new Select(find("select[id$=':1:answer']")).selectByValue("true");
    browser.clickToNavigate(find("#quiz\\:save"));
    assertTrue(accounts.messages().contains("Saved the quiz"), accounts.messages());
    assertTrue(
        find("main").getText().contains("What comes first?"),
        "the preview shows the first question");
    assertTrue(find("main").getText().contains("Question 2"), "and the second");
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Edit as text, or paste GIFT")));
    browser.checkAccessibility();
    find("#gift").sendKeys("::Pace:: Going slowly is fine. {T}");
    browser.clickToNavigate(find("#gift-form\\:add-gift"));
    assertTrue(accounts.messages().contains("Added 1 question"), accounts.messages());
    find("#gift").sendKeys("::Broken:: Missing its end {=yes");
    browser.clickToNavigate(find("#gift-form\\:add-gift"));
    assertTrue(
        find("main").getText().contains("pasted GIFT:1"),
        "a problem in pasted GIFT names its line");
    assertEquals(
        "::Broken:: Missing its end {=yes",
        find("#gift").getAttribute("value"),
        "the refused paste stays in the box");

    backToCourse();
    addItem("WORKSHEET", "Reflection");
    backToCourse();
    browser.clickToNavigate(find("input[aria-label='Move Reflection up']"));
    java.util.List<String> order =
        browser.driver.findElements(By.cssSelector(".outline-item > a")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        java.util.List.of("First steps", "Reflection", "Quick check"),
        order,
        "Up is the keyboard way to reorder");
    // Publish asks first: saying no keeps the draft a draft.
    find("#publish\\:publish-button").click();
    org.openqa.selenium.Alert asked =
        new org.openqa.selenium.support.ui.WebDriverWait(
                browser.driver, java.time.Duration.ofSeconds(5))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
    assertTrue(asked.getText().startsWith("Publish this draft?"), asked.getText());
    asked.dismiss();
    assertFalse(accounts.messages().contains("Published"), "nothing was published");
    publish();
    browser.checkAccessibility();
    assertTrue(accounts.messages().contains("Published version 1"), accounts.messages());
    java.net.http.HttpResponse<byte[]> image = fetch("/assets/" + slug + "/" + stored.group(1));
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    accounts.signOut();

    String reader = "reader-" + UUID.randomUUID() + "@example.org";
    accounts.register(url(""), "Reader", reader, PASSWORD);
    browser.open(url("/course/" + slug));
    browser.checkAccessibility();
    assertTrue(
        !browser.driver.findElements(By.id("enrol:enrolButton")).isEmpty(),
        () -> find("main").getText());
    browser.clickToNavigate(find("#enrol\\:enrolButton"));
    browser.open(url("/learn/" + slug + "/first-steps"));
    browser.checkAccessibility();
    assertTrue(find("main").getText().contains("Hello from the browser editor."));
    browser.open(url("/learn/" + slug + "/quick-check"));
    assertTrue(find("main").getText().contains("What comes first?"));
    accounts.signOut();

    accounts.signIn(url(""), author, PASSWORD);
    browser.open(
        url("/instructor/item?course=" + slug + "&path=01-getting-settled/01-first-steps.md"));
    typeInto(find("#text"), "A second draft of this lesson.");
    browser.clickToNavigate(find("#save"));
    accounts.signOut();

    accounts.signIn(url(""), reader, PASSWORD);
    browser.open(url("/learn/" + slug + "/first-steps"));
    String text = find("main").getText();
    assertTrue(text.contains("Hello from the browser editor."), "learners keep the published text");
    assertFalse(text.contains("A second draft"), "the draft stays unseen until the next publish");
    accounts.signOut();

    accounts.signIn(url(""), author, PASSWORD);
    browser.open(url("/instructor/edit?course=" + slug));
    publish();
    assertTrue(accounts.messages().contains("Published version 2"), accounts.messages());
    accounts.signOut();

    accounts.signIn(url(""), reader, PASSWORD);
    browser.open(url("/learn/" + slug + "/first-steps"));
    browser.open(url("/learn/" + slug + "/first-steps"));
    assertTrue(
        find("main").getText().contains("A second draft"),
        "the publish reaches a reader whose page was kept");
  }

  /** Presses Publish, says yes when asked, and waits for the page it leads to. */
  private void publish() {
    WebElement page = browser.driver.findElement(By.tagName("html"));
    find("#publish\\:publish-button").click();
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(5))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
        .accept();
    browser.waitUntilGone(page);
    browser.settle();
  }
}
