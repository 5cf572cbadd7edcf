package org.hearth.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects for registering, signing in and out, and getting back in with a recovery code. */
final class AccountPages {

  private final Browser browser;

  AccountPages(Browser browser) {
    this.browser = browser;
  }

  /**
   * Registers, notes the recovery code shown next and continues to where registering leads; returns
   * the code.
   */
  String register(String base, String name, String email, String password) {
    submitRegistration(base, name, email, password);
    return keepRecoveryCode();
  }

  /** Fills in and sends the registration form; the recovery code page should follow. */
  void submitRegistration(String base, String name, String email, String password) {
    browser.open(base + "/register");
    browser.checkAccessibility();
    browser.driver.findElement(By.id("register:displayName")).sendKeys(name);
    browser.driver.findElement(By.id("register:email")).sendKeys(email);
    browser.driver.findElement(By.id("register:password")).sendKeys(password);
    browser.clickToNavigate(browser.driver.findElement(By.id("register:submit")));
  }

  /** On the recovery code page: reads the code and presses Continue; returns the code. */
  String keepRecoveryCode() {
    browser.checkAccessibility();
    String code = recoveryCodeShown();
    browser.clickToNavigate(browser.driver.findElement(By.id("continue")));
    return code;
  }

  /** The code the recovery code page shows; fails when it shows none. */
  String recoveryCodeShown() {
    return browser.driver.findElement(By.id("recovery-code")).getText().strip();
  }

  /** Fills in "Forgot your password?" with real key presses, as someone copying from paper does. */
  void recover(String email, String code, String newPassword) {
    Keyboard keyboard = new Keyboard(browser.driver);
    WebElement emailField = browser.driver.findElement(By.id("recover:email"));
    emailField.clear();
    keyboard.type(emailField, email);
    keyboard.type(browser.driver.findElement(By.id("recover:code")), code);
    keyboard.type(browser.driver.findElement(By.id("recover:password")), newPassword);
    browser.clickToNavigate(browser.driver.findElement(By.id("recover:submit")));
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
