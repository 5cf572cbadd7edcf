package org.hearth.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import org.hearth.it.SharedHearth;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Getting back in without an email trail, in a real headless Chromium: the recovery code shown once
 * at sign-up, "Forgot your password?" from the sign-in page, and a new code from account settings.
 * Names and passwords come from the shared real-text list (right-to-left text, emoji, curly
 * quotes); the code is typed with real key presses. axe-core checks every page.
 */
class RecoveryBrowserIT {

  private static final String WRONG =
      "That email and recovery code do not match an account, or the code has been used.";

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

  private static String sample(String holding) {
    return RealText.samples().stream().filter(s -> s.contains(holding)).findFirst().orElseThrow();
  }

  private String heading() {
    return browser.driver.findElement(By.tagName("h1")).getText();
  }

  private String main() {
    return browser.driver.findElement(By.tagName("main")).getText();
  }

  @Test
  void aLearnerWhoForgotTheirPasswordGetsBackInWithTheCodeShownAtSignUp() {
    String name = sample("שלום"); // right-to-left inside left-to-right
    String password = sample("💛"); // emoji, one beyond the Basic Multilingual Plane
    String newPassword = sample("“fine”"); // curly quotes, a dash and an ellipsis
    String email = "recovery-" + UUID.randomUUID() + "@example.org";

    accounts.submitRegistration(url(""), name, email, password);
    assertEquals("Your recovery code", heading());
    assertTrue(main().contains("shown only this once"), main());
    assertTrue(main().contains("somewhere private"), main());
    assertTrue(
        browser.driver.findElement(By.id("print")).isDisplayed(),
        "the Print button shows once its script has run");
    String code = accounts.recoveryCodeShown();
    assertTrue(code.matches("([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}"), code);
    browser.checkAccessibility();
    browser.open(browser.driver.getCurrentUrl());
    assertTrue(
        browser.driver.findElements(By.id("recovery-code")).isEmpty(),
        "a reload no longer shows the code");
    assertTrue(main().contains("each code is shown only once"), main());
    browser.checkAccessibility();
    browser.clickToNavigate(browser.driver.findElement(By.id("continue")));
    assertEquals("My learning", heading());
    accounts.signOut();

    browser.open(url("/signin"));
    browser.clickToNavigate(browser.driver.findElement(By.id("forgot")));
    assertEquals("Get back into your account", heading());
    browser.checkAccessibility();
    String wrongCode = (code.charAt(0) == '7' ? "8" : "7") + code.substring(1);
    accounts.recover(email, wrongCode, newPassword);
    assertTrue(accounts.messages().contains(WRONG), accounts.messages());
    assertEquals("", browser.driver.findElement(By.id("recover:code")).getAttribute("value"));
    browser.checkAccessibility();

    accounts.recover(email, code.toLowerCase(Locale.ROOT).replace("-", " "), newPassword);
    assertEquals("Your recovery code", heading());
    assertTrue(accounts.messages().contains("Your new password is set"), accounts.messages());
    String fresh = accounts.keepRecoveryCode();
    assertNotEquals(code, fresh, "a new code replaces the one used");
    assertEquals("My learning", heading(), "signed in again");
    accounts.signOut();

    accounts.signIn(url(""), email, password);
    assertTrue(accounts.messages().contains("wrong"), "the old password stopped working");
    accounts.signIn(url(""), email, newPassword);
    assertEquals("My learning", heading(), "the new password works");

    browser.open(url("/account/settings"));
    browser.checkAccessibility();
    new Keyboard(browser.driver)
        .type(browser.driver.findElement(By.id("recovery:recoveryPassword")), newPassword);
    browser.clickToNavigate(browser.driver.findElement(By.id("recovery:newRecoveryCode")));
    assertTrue(accounts.messages().contains("new recovery code"), accounts.messages());
    String third = accounts.keepRecoveryCode();
    assertNotEquals(fresh, third);
    assertEquals("Your account", heading(), "Continue goes back to the settings");
    accounts.signOut();

    browser.open(url("/recover"));
    accounts.recover(email, fresh, "a passphrase never set");
    assertTrue(
        accounts.messages().contains(WRONG), "the code replaced in settings stopped working");
  }
}
