package org.hearth.browser;

import org.openqa.selenium.By;

/** Page objects for registering, signing in and out. */
final class AccountPages {

  private final Browser browser;

  AccountPages(Browser browser) {
    this.browser = browser;
  }

  void register(String base, String name, String email, String password) {
    browser.open(base + "/register");
    browser.checkAccessibility();
    browser.driver.findElement(By.id("register:displayName")).sendKeys(name);
    browser.driver.findElement(By.id("register:email")).sendKeys(email);
    browser.driver.findElement(By.id("register:password")).sendKeys(password);
    browser.clickToNavigate(browser.driver.findElement(By.id("register:submit")));
  }

  void signIn(String base, String email, String password) {
    browser.open(base + "/signin");
    browser.checkAccessibility();
    browser.driver.findElement(By.id("signin:email")).sendKeys(email);
    browser.driver.findElement(By.id("signin:password")).sendKeys(password);
    browser.clickToNavigate(browser.driver.findElement(By.id("signin:submit")));
  }

  /**
   * Signs out from the header, scrolled back to as a reader would (the safety bar stays on top).
   */
  void signOut() {
    browser.script("window.scrollTo(0, 0);");
    browser.clickToNavigate(browser.driver.findElement(By.id("signout:signoutButton")));
  }

  String messages() {
    return browser.driver.findElements(By.cssSelector("#messages li")).stream()
        .map(e -> e.getText())
        .reduce("", (a, b) -> a + " " + b)
        .trim();
  }
}
