package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver: nothing is downloaded at run time.
 * Every page a test visits goes through {@link #checkAccessibility()}, which fails on any WCAG 2.2
 * A or AA violation axe-core finds (the 2.0 and 2.1 rules included).
 */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  final WebDriver driver;

  Browser() throws Exception {
    Path profiles = Path.of(System.getProperty("hearth.browser.profiles", "target/chromium"));
    Files.createDirectories(profiles);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("hearth.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile-"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // Every document records what its Content-Security-Policy refused, for checkPage to report.
    chrome.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of(
            "source",
            "window.__refusedByPolicy = [];document.addEventListener('securitypolicyviolation', e"
                + " => window.__refusedByPolicy.push(e.violatedDirective + ' refused ' +"
                + " (e.blockedURI || 'inline') + ' at line ' + e.lineNumber));"));
    driver = chrome;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
    settle();
  }

  /**
   * Clicks something that loads another page, and waits until the old page is gone and the new one
   * has loaded, so nothing found next belongs to the page being left.
   */
  void clickToNavigate(org.openqa.selenium.WebElement element) {
    org.openqa.selenium.WebElement oldPage =
        driver.findElement(org.openqa.selenium.By.tagName("html"));
    element.click();
    waitUntilGone(oldPage);
    settle();
  }

  /**
   * Presses Enter on something that loads another page (a submit button, a link), as a keyboard
   * user does, and waits as {@link #clickToNavigate} does.
   */
  void enterToNavigate(org.openqa.selenium.WebElement element) {
    org.openqa.selenium.WebElement oldPage =
        driver.findElement(org.openqa.selenium.By.tagName("html"));
    element.sendKeys(org.openqa.selenium.Keys.ENTER);
    waitUntilGone(oldPage);
    settle();
  }

  /**
   * Waits until an element of the page being left no longer belongs to the document. During the
   * swap Chrome may answer "does not belong to the document" rather than "stale"; both mean gone.
   */
  void waitUntilGone(org.openqa.selenium.WebElement oldPage) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d -> {
              try {
                oldPage.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
              } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }

  /** Waits until the page has loaded and any PrimeFaces ajax request has finished; never sleeps. */
  void settle() {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces ||"
                                + " !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /**
   * Runs axe-core on the current page and fails with a readable list of WCAG 2.2 A/AA violations;
   * fails too if the page's Content-Security-Policy refused anything it tried to load or run, so a
   * script or style the policy blocks cannot break a page unnoticed.
   */
  void checkAccessibility() {
    screenshot();
    Object refused = script("return window.__refusedByPolicy || [];");
    assertTrue(
        refused instanceof List<?> list && list.isEmpty(),
        () ->
            driver.getCurrentUrl()
                + " had content refused by its Content-Security-Policy: "
                + refused);
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertTrue(
        violations.isEmpty(),
        () ->
            driver.getCurrentUrl()
                + " has accessibility violations:\n"
                + violations.stream()
                    .map(
                        v ->
                            "- "
                                + v.getId()
                                + ": "
                                + v.getHelp()
                                + " at "
                                + v.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
  }

  private static final java.util.concurrent.atomic.AtomicInteger SHOTS =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Keeps what the page looks like in {@code target/screenshots} (not committed), named by order,
   * path and window width, for people to look at after a run.
   */
  private void screenshot() {
    try {
      Path folder = Path.of(System.getProperty("hearth.screenshots", "target/screenshots"));
      Files.createDirectories(folder);
      String path =
          java.net.URI.create(driver.getCurrentUrl()).getPath().replaceAll("[^A-Za-z0-9]+", "-");
      long width = ((Number) script("return window.innerWidth;")).longValue();
      String scheme =
          Boolean.TRUE.equals(
                  script(
                      "const t = document.documentElement.dataset.theme;"
                          + "return t === 'dark' || (t !== 'light'"
                          + " && matchMedia('(prefers-color-scheme: dark)').matches);"))
              ? "-dark"
              : "";
      String name =
          String.format("%03d%s-%dpx%s.png", SHOTS.incrementAndGet(), path, width, scheme);
      // The whole page, not only the window: Chrome's DevTools capture beyond the viewport, from
      // the top (so the sticky safety bar is drawn where it starts), then back where it was.
      Number scrolledTo =
          (Number) script("const y = window.scrollY; window.scrollTo(0, 0); return y;");
      long height = ((Number) script("return document.documentElement.scrollHeight;")).longValue();
      java.util.Map<String, Object> shot =
          ((ChromeDriver) driver)
              .executeCdpCommand(
                  "Page.captureScreenshot",
                  java.util.Map.of(
                      "captureBeyondViewport",
                      true,
                      "clip",
                      java.util.Map.of(
                          "x",
                          0,
                          "y",
                          0,
                          "width",
                          width,
                          "height",
                          Math.min(height, 8000),
                          "scale",
                          1)));
      script("window.scrollTo(0, arguments[0]);", scrolledTo);
      Files.write(
          folder.resolve(name),
          java.util.Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
    } catch (java.io.IOException | RuntimeException e) {
      // A screenshot is for people to look at; failing to keep one fails no test.
    }
  }

  /** Downloads a file as this browser's session would, sending its cookies; fails unless 200. */
  byte[] download(String url) throws Exception {
    return downloadResponse(url).body();
  }

  /** The whole answer to a download, headers and all; fails unless 200. */
  java.net.http.HttpResponse<byte[]> downloadResponse(String url) throws Exception {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Cookie", cookies)
            .GET()
            .build();
    java.net.http.HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertTrue(response.statusCode() == 200, () -> url + " answered " + response.statusCode());
    return response;
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
