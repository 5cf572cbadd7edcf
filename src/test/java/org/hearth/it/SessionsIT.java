package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.basic;
import static org.hearth.it.AuthorizationMatrixIT.location;
import static org.hearth.it.AuthorizationMatrixIT.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.it.AuthorizationMatrixIT.Browser;
import org.hearth.it.PageForms.Form;
import org.junit.jupiter.api.Test;

/**
 * A learner signed in on two devices, over HTTP as browsers do it: a password change, "Sign out
 * everywhere else", deleting the account and an administrator taking a role away all count on the
 * other device at its very next request, while the device that did it stays signed in. An API call
 * without credentials is refused without a Basic challenge, so no browser ever asks for (and then
 * keeps sending) a password.
 */
class SessionsIT {

  private static final String PASSWORD = "first long passphrase here";
  private static final String NEW_PASSWORD = "second long passphrase now";
  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");

  private final URL base = SharedHearth.url();

  @Test
  void changingThePasswordEndsEveryOtherSessionButThisOne() throws Exception {
    String email = register();
    Browser phone = device(email, PASSWORD);
    Browser laptop = device(email, PASSWORD);

    Form form = PageForms.form(phone.get("/account/settings").body(), "password");
    Map<String, String> fields = form.pressing("Change password");
    fields.put("password:current", PASSWORD);
    fields.put("password:replacement", NEW_PASSWORD);
    HttpResponse<String> changed = phone.post(form.action(), fields);
    assertTrue(
        messages(changed.body()).contains("signed out everywhere else"),
        () -> messages(changed.body()));

    assertEquals(
        401,
        laptop.get("/api/me/export").statusCode(),
        "the other session no longer reads the learner's data");
    assertTrue(
        location(laptop.get("/my-learning")).contains("/signin"),
        "and its pages ask to sign in again");
    assertEquals(
        200, phone.get("/api/me/export").statusCode(), "the session that changed it carries on");
    assertEquals(
        200,
        device(email, NEW_PASSWORD).get("/api/me/export").statusCode(),
        "the new password works");
  }

  @Test
  void signOutEverywhereElseEndsTheOtherSessions() throws Exception {
    String email = register();
    Browser mine = device(email, PASSWORD);
    Browser borrowed = device(email, PASSWORD);

    Form form = PageForms.form(mine.get("/account/settings").body(), "sessions");
    HttpResponse<String> done = mine.post(form.action(), form.pressing("Sign out everywhere else"));
    assertTrue(
        messages(done.body()).contains("signed out everywhere else"), () -> messages(done.body()));

    assertEquals(401, borrowed.get("/api/me/export").statusCode());
    assertEquals(200, mine.get("/my-learning").statusCode());
  }

  @Test
  void deletingTheAccountEndsItsOtherSessions() throws Exception {
    String email = register();
    Browser deleting = device(email, PASSWORD);
    Browser other = device(email, PASSWORD);

    Form form = PageForms.form(deleting.get("/account/settings").body(), "delete");
    Map<String, String> fields = form.pressing("Delete my account");
    fields.put("delete:deletePassword", PASSWORD);
    assertEquals(302, deleting.post(form.action(), fields).statusCode());

    assertTrue(
        location(other.get("/my-learning")).contains("/signin"), "the other session has ended");
    assertEquals(
        401, other.get("/api/me/export").statusCode(), "and reads nothing, rather than failing");
  }

  @Test
  void aRoleTakenAwayCountsAtTheNextRequest() throws Exception {
    String email = register();
    Browser admin = device(ADMIN, ADMIN_PASSWORD);
    press(admin, "Make " + email + " an instructor");
    Browser teacher = device(email, PASSWORD);
    assertEquals(200, teacher.get("/instructor/courses").statusCode(), "the role is there");

    press(admin, "Remove the instructor role from " + email);

    assertEquals(
        403,
        teacher.get("/instructor/courses").statusCode(),
        "taken away without signing in again");
    assertEquals(200, teacher.get("/my-learning").statusCode(), "the learner stays signed in");
  }

  @Test
  void anApiCallWithoutCredentialsIsNeverAnsweredWithABasicChallenge() throws Exception {
    HttpResponse<String> refused = new Browser(base, false).get("/api/me/export");
    assertEquals(401, refused.statusCode());
    String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
    assertFalse(
        challenge.regionMatches(true, 0, "Basic", 0, 5),
        "a Basic challenge makes browsers prompt: " + challenge);

    HttpResponse<String> wrong =
        new Browser(base, false)
            .get("/api/me/export", "Authorization", basic("nobody@example.test", "wrong password"));
    assertEquals(401, wrong.statusCode(), "wrong credentials are refused, session or not");
  }

  @Test
  void everyPersonalAnswerIsNeverStored() throws Exception {
    Browser learner = device(register(), PASSWORD);
    for (String page :
        java.util.List.of(
            "/my-learning",
            "/account/settings",
            "/api/me/export",
            "/course/empathy-and-safety",
            "/learn/empathy-and-safety/regulation-practice-log",
            "/learn/empathy-and-safety/why-empathy",
            "/verify")) {
      HttpResponse<String> response = learner.get(page);
      assertEquals(
          "no-store",
          response.headers().firstValue("Cache-Control").orElse(""),
          page + " for a signed-in learner");
    }
    HttpResponse<String> verify = new Browser(base, false).get("/verify");
    assertEquals(
        "no-store",
        verify.headers().firstValue("Cache-Control").orElse(""),
        "a certificate check, whoever asks");
  }

  @Test
  void everySessionAttributeOfARealJourneyCanBeReplicatedToAnotherNode() throws Exception {
    Browser learner = new Browser(base, true);
    String course = "empathy-and-safety";
    assertEquals(
        302,
        Steps.register(learner, "Nguyễn Zoë", "replicated-" + UUID.randomUUID() + "@example.test")
            .statusCode());
    assertEquals(302, Steps.enrol(learner, course).statusCode());
    Steps.markDone(learner, "/learn/" + course + "/why-empathy");
    for (String item : List.of("check-safety-first", "regulation-practice-log", "safety-check")) {
      assertEquals(200, learner.get("/learn/" + course + "/" + item).statusCode(), item);
    }
    assertEquals(200, learner.get("/account/settings").statusCode());

    String seen = learner.get("/test-only/session-check").body();

    assertFalse(seen.contains("failed "), seen);
    assertTrue(
        seen.contains(" hearth.user") && seen.contains(" hearth.csrf"),
        () -> "the check serialised the signed-in session: " + seen);
  }

  private String register() throws Exception {
    String email = "sessions-" + UUID.randomUUID() + "@example.test";
    Browser browser = new Browser(base, true);
    Form form = PageForms.form(browser.get("/register").body(), "register");
    Map<String, String> fields = form.pressing("Create my account");
    fields.put("register:displayName", "Dvořák");
    fields.put("register:email", email);
    fields.put("register:password", PASSWORD);
    assertEquals(302, browser.post(form.action(), fields).statusCode());
    return email;
  }

  /** A browser signed in once; from then on it sends only its session cookie. */
  private Browser device(String email, String password) throws Exception {
    Browser browser = new Browser(base, true);
    assertEquals(
        200, browser.get("/my-learning", "Authorization", basic(email, password)).statusCode());
    assertEquals(200, browser.get("/my-learning").statusCode(), "the session alone signs it in");
    return browser;
  }

  /** Presses the button with this accessible name on the administrators' accounts page. */
  private static void press(Browser admin, String label) throws Exception {
    String page = admin.get("/admin/accounts").body();
    for (Form form : PageForms.forms(page)) {
      java.util.regex.Matcher button =
          java.util.regex.Pattern.compile(
                  "<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]+)\"[^>]*aria-label=\""
                      + java.util.regex.Pattern.quote(label)
                      + "\"")
              .matcher(form.html());
      if (button.find()) {
        Map<String, String> fields = form.fields();
        fields.put(button.group(1), button.group(2));
        HttpResponse<String> pressed = admin.post(form.action(), fields);
        assertEquals(200, pressed.statusCode(), () -> messages(pressed.body()));
        return;
      }
    }
    throw new AssertionError("no button \"" + label + "\" on the accounts page");
  }
}
