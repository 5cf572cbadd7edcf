package org.hearth.browser;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Page objects for the learner's path: catalog, course, lesson, end page. Selectors live here only.
 */
final class CoursePages {

  private final Browser browser;

  CoursePages(Browser browser) {
    this.browser = browser;
  }

  String heading() {
    return browser.driver.findElement(By.tagName("h1")).getText();
  }

  void openCourseFromCatalog(String title) {
    browser.clickToNavigate(browser.driver.findElement(By.linkText(title)));
  }

  void readPreview() {
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Read the free preview")));
  }

  void enrol() {
    browser.clickToNavigate(browser.driver.findElement(By.id("enrol:enrolButton")));
  }

  void markComplete() {
    browser.clickToNavigate(browser.driver.findElement(By.id("complete:completeButton")));
  }

  boolean isMarkedComplete() {
    return !browser.driver.findElements(By.id("lesson-status")).isEmpty();
  }

  String moduleProgress() {
    return browser.driver.findElement(By.id("module-progress")).getText();
  }

  String courseProgress() {
    return browser.driver.findElement(By.cssSelector("[id^='progress-']")).getText();
  }

  void continueLearning() {
    browser.clickToNavigate(browser.driver.findElement(By.partialLinkText("Continue")));
  }

  Optional<WebElement> nextLink() {
    List<WebElement> links = browser.driver.findElements(By.cssSelector("nav.pager a.pager__next"));
    return links.stream().findFirst();
  }

  void next() {
    browser.clickToNavigate(
        nextLink()
            .orElseThrow(
                () -> new AssertionError("no Next link on " + browser.driver.getCurrentUrl())));
  }

  /**
   * From the current item to the end page: marks lessons complete and worksheets done, passes
   * quizzes and submits self-checks, following Next. Returns the headings passed on the way.
   */
  /** The tab title of every page {@link #completeTheRest} went through. */
  final java.util.List<String> titles = new java.util.ArrayList<>();

  java.util.List<String> completeTheRest(String courseSlug) {
    QuizPages quizzes = new QuizPages(browser);
    java.util.List<String> visited = new java.util.ArrayList<>();
    while (!browser.driver.getCurrentUrl().contains("/finished/")) {
      if (visited.size() >= 30) {
        throw new AssertionError("completing each item did not reach the end page: " + visited);
      }
      visited.add(heading());
      titles.add(browser.driver.getTitle());
      if (!browser.driver.findElements(By.id("contentNote:continue")).isEmpty()) {
        browser.clickToNavigate(browser.driver.findElement(By.id("contentNote:continue")));
      }
      if (quizzes.isQuizPage()) {
        String slug = browser.driver.getCurrentUrl().replaceAll(".*/learn/[^/]+/([^/?#]+).*", "$1");
        quizzes.answerCorrectly(QuizPages.definition(courseSlug, slug));
        quizzes.submit();
        next();
      } else if (!browser.driver.findElements(By.id("complete:completeButton")).isEmpty()) {
        markComplete();
        if (!browser.driver.getCurrentUrl().contains("/finished/")) {
          next();
        }
      } else {
        next();
      }
    }
    return visited;
  }

  String currentOutlineEntry() {
    return browser
        .driver
        .findElement(By.cssSelector("nav.outline a[aria-current='page']"))
        .getText();
  }

  boolean hasQuickExit() {
    return !browser.driver.findElements(By.id("quick-exit")).isEmpty();
  }

  void quickExit() {
    browser.driver.findElement(By.id("quick-exit")).click();
  }

  void openHelp() {
    browser.clickToNavigate(browser.driver.findElement(By.linkText("Get help now")));
  }
}
