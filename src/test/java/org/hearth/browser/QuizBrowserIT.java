package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.it.SharedHearth;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner takes the empathy course's quizzes in headless Chromium; axe-core checks every page.
 */
class QuizBrowserIT {

  private static final String COURSE = "empathy-and-safety";
  private static final String FIRST_QUIZ = "check-safety-first";
  private static final String SELF_CHECK = "how-regulated-today";
  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");

  private final URL base = SharedHearth.url();

  private Browser browser;
  private CoursePages pages;
  private AccountPages accounts;
  private QuizPages quizzes;

  @BeforeEach
  void start() throws Exception {
    browser = new Browser();
    pages = new CoursePages(browser);
    accounts = new AccountPages(browser);
    quizzes = new QuizPages(browser);
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  private String url(String path) {
    return base.toString().replaceAll("/$", "") + path;
  }

  private void enrolledLearner() {
    accounts.register(
        url(""),
        "Quiz taker",
        "quiz-" + UUID.randomUUID() + "@example.org",
        "a calm and long passphrase");
    browser.open(url("/course/" + COURSE));
    pages.enrol();
  }

  @Test
  void aLearnerFailsTheFirstQuizReadsTheFeedbackRetakesItAndPasses() {
    QuizDefinition quiz = QuizPages.definition(COURSE, FIRST_QUIZ);
    enrolledLearner();
    browser.open(url("/learn/" + COURSE + "/" + FIRST_QUIZ));
    assertTrue(quizzes.isQuizPage(), "the quiz form is shown to an enrolled learner");
    String progressBefore = pages.moduleProgress();
    // Decoded text against decoded text: the stored HTML is entity-encoded, the page source is
    // not, so comparing the two raw could never find an explanation that is there.
    String pageText = plain(browser.driver.getPageSource());
    List<String> explanations =
        quiz.questions().stream()
            .map(q -> plain(q.explanationHtml()))
            .filter(e -> !e.isEmpty())
            .toList();
    assertFalse(explanations.isEmpty(), "the quiz has explanations to hide");
    for (String explanation : explanations) {
      assertFalse(
          pageText.contains(explanation),
          () -> "no explanation is on the page before submitting: " + explanation);
    }
    browser.checkAccessibility();

    quizzes.answerWrongly(quiz);
    quizzes.submit();
    assertTrue(quizzes.score().contains("Not passed yet"), quizzes.score());
    String results = quizzes.results();
    assertTrue(results.contains("Not quite"), results);
    Question first = quiz.questions().get(0);
    String explanation = plain(first.explanationHtml());
    assertTrue(
        plain(results).contains(explanation.substring(0, Math.min(60, explanation.length()))),
        () -> "the explanation is shown after submitting: " + explanation);
    assertEquals(progressBefore, pages.moduleProgress(), "a fail does not move progress");
    browser.checkAccessibility();

    quizzes.tryAgain();
    quizzes.answerCorrectly(quiz);
    quizzes.submit();
    assertTrue(quizzes.score().contains("You passed."), quizzes.score());
    assertTrue(quizzes.score().contains("(100%)"), quizzes.score());
    WebElement onward = browser.driver.findElement(By.id("continue-on"));
    assertTrue(
        onward.getText().startsWith("Continue: ") || onward.getText().equals("Finish the course"),
        "after a pass the main button goes on: " + onward.getText());
    assertNotEquals(
        onward.getCssValue("background-color"),
        browser.driver.findElement(By.id("try-again")).getCssValue("background-color"),
        "and Try again is the secondary one");
    assertNotEquals(progressBefore, pages.moduleProgress(), "a pass moves progress");
    assertTrue(pages.isMarkedComplete(), "the quiz shows as done");
    assertEquals(
        2,
        browser.driver.findElements(By.cssSelector("#attempt-history tbody tr")).size(),
        "both attempts are listed");
    browser.checkAccessibility();
  }

  /** Text as a reader sees it: tags dropped, entities decoded, white space folded. */
  /** The text a reader sees of {@code html} (entities decoded, white space folded). */
  private static String plain(String html) {
    return Jsoup.parse(html).text();
  }

  @Test
  void answersSaveAsTheLearnerGoesAndComeBackAfterAReload() {
    QuizDefinition quiz = QuizPages.definition(COURSE, FIRST_QUIZ);
    enrolledLearner();
    browser.open(url("/learn/" + COURSE + "/" + FIRST_QUIZ));
    Question first = quiz.questions().get(0);
    Choice chosen = first.choices().get(1);

    quizzes.choose(first, chosen);
    quizzes.waitUntilSaved();
    browser.open(url("/learn/" + COURSE + "/" + FIRST_QUIZ));

    assertTrue(quizzes.isChosen(first, chosen), "the saved answer is chosen again after a reload");
  }

  @Test
  void theSelfCheckNeverShowsAScore() {
    QuizDefinition selfCheck = QuizPages.definition(COURSE, SELF_CHECK);
    enrolledLearner();
    browser.open(url("/learn/" + COURSE + "/" + SELF_CHECK));
    assertTrue(
        browser.driver.findElement(By.id("quiz-rules")).getText().contains("nothing is scored"));
    browser.checkAccessibility();

    Question feeling = selfCheck.questions().get(0);
    quizzes.choose(feeling, feeling.choices().get(0));
    quizzes.submit();
    String notice = quizzes.unansweredNotice();
    assertTrue(
        notice.startsWith(selfCheck.questions().size() - 1 + " questions have no answer yet"),
        notice);
    assertTrue(
        notice.contains("Question 2")
            && notice.contains("Question 3")
            && !notice.contains("Question 1"),
        notice);
    assertTrue(
        quizzes.isChosen(feeling, feeling.choices().get(0)), "the answer given is still chosen");
    browser.checkAccessibility();
    quizzes.submitAnyway();

    assertFalse(quizzes.showsScore(), "no score");
    String page = browser.driver.findElement(By.cssSelector(".quiz")).getText();
    assertFalse(page.contains("%"), "no percentage anywhere: " + page);
    assertFalse(
        page.contains("Correct") || page.contains("Not quite") || page.contains("passed"),
        "no verdict: " + page);
    assertTrue(page.contains("nothing here is scored"), page);
    // It reads as reflection, not an exam: no attempt numbers or tables, no "Why".
    assertFalse(page.matches("(?s).*\\b[Aa]ttempts?\\b.*"), "no attempts: " + page);
    assertFalse(page.contains("Why"), page);
    assertTrue(page.contains("What you chose") && page.contains("Thinking about it"), page);
    assertTrue(page.contains("Your answer: "), "a space after the label: " + page);
    assertFalse(page.contains("Your answer:  "), page);
    assertTrue(browser.driver.findElements(By.id("attempt-history")).isEmpty(), "no table");
    assertEquals(
        1,
        browser.driver.findElements(By.cssSelector("#earlier-times li a")).size(),
        "the time it was taken is listed, to come back to");
    assertTrue(pages.isMarkedComplete(), "submitting a self-check completes it");
    browser.checkAccessibility();
  }

  @Test
  void aQuizAndAWorksheetFitAPhoneAndTheQuizIsTakenByKeyboardAlone() {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
    enrolledLearner();
    for (String item : java.util.List.of(FIRST_QUIZ, SELF_CHECK, "regulation-practice-log")) {
      browser.open(url("/learn/" + COURSE + "/" + item));
      Number overflow =
          (Number)
              browser.script(
                  "return document.documentElement.scrollWidth -"
                      + " document.documentElement.clientWidth;");
      assertTrue(
          overflow.intValue() <= 0,
          item + ": no sideways scrolling on a phone, overflow " + overflow);
      browser.checkAccessibility();
    }

    browser.open(url("/learn/" + COURSE + "/" + FIRST_QUIZ));
    QuizDefinition quiz = QuizPages.definition(COURSE, FIRST_QUIZ);
    String firstOption = quiz.questions().get(0).key() + "-";
    org.openqa.selenium.WebElement focused =
        tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith(firstOption));
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.SPACE)
        .perform();
    assertTrue(focused.isSelected(), "Space chooses the focused option");
    tabUntil(e -> "quiz:submit".equals(e.getAttribute("id")));
    org.openqa.selenium.WebElement quizPage = browser.driver.findElement(By.tagName("html"));
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.ENTER)
        .perform();
    browser.waitUntilGone(quizPage);
    browser.settle();
    assertTrue(
        quizzes.unansweredNotice().contains("no answer yet"),
        "the other questions are listed before grading");
    tabUntil(e -> "quiz:submit-anyway".equals(e.getAttribute("id")));
    quizPage = browser.driver.findElement(By.tagName("html"));
    new org.openqa.selenium.interactions.Actions(browser.driver)
        .sendKeys(org.openqa.selenium.Keys.ENTER)
        .perform();
    browser.waitUntilGone(quizPage);
    browser.settle();
    assertTrue(
        quizzes.score().startsWith("You scored"),
        "Enter on Submit anyway submits: " + quizzes.score());
  }

  /** Presses Tab until the focused element matches, at most 150 times; returns it. */
  private org.openqa.selenium.WebElement tabUntil(
      java.util.function.Predicate<org.openqa.selenium.WebElement> wanted) {
    for (int presses = 0; presses < 150; presses++) {
      new org.openqa.selenium.interactions.Actions(browser.driver)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .perform();
      org.openqa.selenium.WebElement active = browser.driver.switchTo().activeElement();
      if (wanted.test(active)) {
        return active;
      }
    }
    throw new AssertionError("Tab never reached the element");
  }

  @Test
  void anAdministratorSeesQuizFiguresAsATableAndAChart() {
    enrolledLearner();
    browser.open(url("/learn/" + COURSE + "/" + FIRST_QUIZ));
    quizzes.answerCorrectly(QuizPages.definition(COURSE, FIRST_QUIZ));
    quizzes.submit();
    accounts.signOut();

    accounts.signIn(url(""), ADMIN, ADMIN_PASSWORD);
    browser.open(url("/instructor/courses"));
    assertFalse(
        browser.driver.findElements(By.cssSelector(".quiz-stats table")).isEmpty(),
        "a table of item difficulty");
    assertFalse(
        browser.driver.findElements(By.cssSelector(".quiz-stats canvas[role='img']")).isEmpty(),
        "a chart with a text label");
    browser.checkAccessibility();
  }
}
