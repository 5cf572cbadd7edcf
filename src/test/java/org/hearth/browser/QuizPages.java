package org.hearth.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseSource;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.MatchPair;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuizDefinition;
import org.hearth.infrastructure.content.FileSystemContentSource;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Answers quizzes in the browser the way a learner would: by clicking, typing and choosing. The
 * answer key comes from reading the same content folder the server imported, never from the page.
 */
final class QuizPages {

  private final Browser browser;

  QuizPages(Browser browser) {
    this.browser = browser;
  }

  /** The quiz as authored, read from the content folder the integration tests deploy. */
  static QuizDefinition definition(String courseSlug, String quizSlug) {
    FileSystemContentSource source =
        new FileSystemContentSource(
            Path.of(System.getProperty("hearth.test.content", "target/it-content")),
            new MarkdownRenderer());
    ContentScan scan = source.scan();
    CourseFolder folder =
        scan.folders().stream().filter(c -> c.slug().equals(courseSlug)).findFirst().orElseThrow();
    CourseSource course =
        source
            .read(folder)
            .course()
            .orElseThrow(() -> new AssertionError(courseSlug + " does not read"));
    return course.modules().stream()
        .flatMap(m -> m.lessons().stream())
        .filter(l -> l.slug().equals(quizSlug))
        .map(LessonOutline::quiz)
        .findFirst()
        .orElseThrow();
  }

  boolean isQuizPage() {
    return !browser.driver.findElements(By.id("quiz")).isEmpty();
  }

  /** Gives every question its right answer. */
  void answerCorrectly(QuizDefinition quiz) {
    for (Question question : quiz.questions()) {
      switch (question.type()) {
        case SINGLE_CHOICE, TRUE_FALSE -> choose(question, best(question));
        case MULTIPLE_CHOICE ->
            question.choices().stream().filter(Choice::correct).forEach(c -> choose(question, c));
        case SHORT_ANSWER ->
            type(
                question,
                question.choices().isEmpty()
                    ? "A few words of my own"
                    : question.choices().get(0).text());
        case MATCHING -> question.pairs().forEach(p -> select(question, p.key(), p.answer()));
        case ORDERING -> {
          for (int i = 0; i < question.choices().size(); i++) {
            select(question, question.choices().get(i).key(), String.valueOf(i + 1));
          }
        }
      }
    }
  }

  /** Gives every question an answer that earns nothing. */
  void answerWrongly(QuizDefinition quiz) {
    for (Question question : quiz.questions()) {
      switch (question.type()) {
        case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
            question.choices().stream()
                .filter(c -> c.credit() <= 0)
                .findFirst()
                .ifPresent(c -> choose(question, c));
        case SHORT_ANSWER -> type(question, "something else entirely");
        case MATCHING -> {
          List<MatchPair> pairs = question.pairs();
          for (int i = 0; i < pairs.size(); i++) {
            select(question, pairs.get(i).key(), pairs.get((i + 1) % pairs.size()).answer());
          }
        }
        case ORDERING -> {
          int count = question.choices().size();
          for (int i = 0; i < count; i++) {
            select(question, question.choices().get(i).key(), String.valueOf(count - i));
          }
        }
      }
    }
  }

  private static Choice best(Question question) {
    return question.choices().stream()
        .max(java.util.Comparator.comparingDouble(Choice::credit))
        .orElseThrow();
  }

  void choose(Question question, Choice choice) {
    WebElement input = browser.driver.findElement(By.id(question.key() + "-" + choice.key()));
    if (!input.isSelected()) {
      browser
          .driver
          .findElement(By.cssSelector("label[for='" + question.key() + "-" + choice.key() + "']"))
          .click();
    }
  }

  void type(Question question, String text) {
    WebElement input = browser.driver.findElement(By.id("answer-" + question.key()));
    input.clear();
    input.sendKeys(text);
  }

  void select(Question question, String rowKey, String value) {
    new Select(browser.driver.findElement(By.id("answer-" + question.key() + "-" + rowKey)))
        .selectByValue(value);
  }

  void submit() {
    browser.clickToNavigate(browser.driver.findElement(By.id("quiz:submit")));
  }

  /**
   * The notice listing questions without an answer, shown instead of grading; empty when there is
   * none.
   */
  String unansweredNotice() {
    List<WebElement> notice = browser.driver.findElements(By.id("unanswered"));
    return notice.isEmpty() ? "" : notice.get(0).getText();
  }

  /** "Submit anyway", offered once the page has listed the questions without an answer. */
  void submitAnyway() {
    browser.clickToNavigate(browser.driver.findElement(By.id("quiz:submit-anyway")));
  }

  /** Waits until the page says the answers were saved by the autosave script. */
  void waitUntilSaved() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(15))
        .until(
            d -> d.findElement(By.id("quiz-save-status")).getText().startsWith("Answers saved at"));
  }

  String score() {
    return browser.driver.findElement(By.id("quiz-score")).getText();
  }

  boolean showsScore() {
    return !browser.driver.findElements(By.id("quiz-score")).isEmpty();
  }

  String results() {
    return browser.driver.findElement(By.id("result")).getText();
  }

  void tryAgain() {
    browser.clickToNavigate(browser.driver.findElement(By.id("try-again")));
  }

  boolean isChosen(Question question, Choice choice) {
    return browser.driver.findElement(By.id(question.key() + "-" + choice.key())).isSelected();
  }
}
