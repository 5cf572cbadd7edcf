package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.COURSE;
import static org.hearth.it.AuthorizationMatrixIT.LESSON_TEXT;
import static org.hearth.it.AuthorizationMatrixIT.enrolForm;
import static org.hearth.it.AuthorizationMatrixIT.formAction;
import static org.hearth.it.AuthorizationMatrixIT.hiddenFields;
import static org.hearth.it.AuthorizationMatrixIT.location;
import static org.hearth.it.AuthorizationMatrixIT.messages;
import static org.hearth.it.AuthorizationMatrixIT.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.hearth.it.AuthorizationMatrixIT.Browser;
import org.hearth.it.AuthorizationMatrixIT.Person;
import org.junit.jupiter.api.Test;

/**
 * Signed-in readers' lesson pages are rendered once per reader state and reused (LessonPageCache):
 * each reader still gets their own anti-forgery token, their own progress and their own access
 * decision. Readers here keep a session cookie, as browsers do, which is what the cache serves.
 * Also what else a reader's lesson page carries.
 */
class LessonPageCacheIT {

  private static final String LESSON = "/learn/" + COURSE + "/safety-comes-first";
  private static final String NEXT_LESSON = "/learn/" + COURSE + "/your-inner-survivor";

  private final URL base = SharedHearth.url();

  @Test
  void readersInTheSameStateShareThePageYetEachGetsTheirOwnToken() throws Exception {
    Browser first = enrolledReader("cache-first");
    Browser second = enrolledReader("cache-second");

    String page = lesson(first, LESSON);
    String again = lesson(first, LESSON);
    String theirs = lesson(second, LESSON);

    assertEquals(ScriptNonces.normalised(page), ScriptNonces.normalised(again));
    assertNotEquals(page, again, "the kept page gets a new script nonce each time it is served");
    page = ScriptNonces.normalised(page);
    theirs = ScriptNonces.normalised(theirs);
    String firstToken = token(page);
    String secondToken = token(theirs);
    assertNotEquals(firstToken, secondToken, "every session has its own token");
    assertFalse(theirs.contains(firstToken), "nobody is handed another reader's token");
    assertEquals(
        page.replace(firstToken, "TOKEN"),
        theirs.replace(secondToken, "TOKEN"),
        "otherwise the very same page");
    assertTrue(theirs.contains(LESSON_TEXT));
  }

  @Test
  void theTokenOnAReusedPageWorksAndProgressShowsOnlyForWhoeverMadeIt() throws Exception {
    Browser other = enrolledReader("cache-other");
    Browser reader = enrolledReader("cache-reader");
    lesson(
        other,
        LESSON); // rendered for someone else in the same state: the reader gets a reused page
    String page = lesson(reader, LESSON);
    assertTrue(page.contains("Mark as complete"), page);

    Map<String, String> form = hiddenFields(page, "complete");
    form.put("complete:completeButton", "Mark as complete");
    HttpResponse<String> marked = reader.post(formAction(page, "complete"), form);
    assertEquals(
        302,
        marked.statusCode(),
        () ->
            "the reused page's form was refused: "
                + marked.statusCode()
                + " "
                + messages(marked.body()));

    String afterwards = lesson(reader, LESSON);
    assertTrue(
        afterwards.contains("Marked as complete."),
        "the one-off message after the redirect: " + messages(afterwards));
    assertTrue(afterwards.contains("You have completed this lesson."));
    assertTrue(
        lesson(reader, LESSON).contains("You have completed this lesson."),
        "and on the next visit too");
    assertTrue(
        lesson(reader, NEXT_LESSON)
            .contains("Safety comes first</a><span class=\"outline__done\"> (done)</span>"),
        "the outline of other lessons marks it done");

    String othersPage = lesson(other, LESSON);
    assertTrue(
        othersPage.contains("Mark as complete"), "someone else's progress is not shown to them");
    assertFalse(othersPage.contains("(done)"));
  }

  @Test
  void someoneWhoMayNotReadTheLessonIsTurnedAwayThoughOthersPagesAreKept() throws Exception {
    Browser reader = enrolledReader("cache-enrolled");
    assertTrue(lesson(reader, LESSON).contains(LESSON_TEXT));
    assertTrue(lesson(reader, LESSON).contains(LESSON_TEXT));

    Person outsider = register(base, "cache-outsider");
    Browser browser = new Browser(base, true);
    assertEquals(
        200,
        browser.get("/course/" + COURSE, outsider.basic()).statusCode(),
        "signed in, with a session");
    HttpResponse<String> refused = browser.get(LESSON);

    assertEquals(302, refused.statusCode());
    assertTrue(
        location(refused).endsWith("/course/" + COURSE + "?reason=enrol"), location(refused));
    assertFalse(refused.body().contains(LESSON_TEXT), "the lesson does not leak");
  }

  @Test
  void aPlainLessonLoadsNoQuizOrWorksheetScript() throws Exception {
    String page = lesson(enrolledReader("cache-scripts"), LESSON);

    assertFalse(page.contains("worksheet-autosave.js"), "worksheet autosave is for worksheets");
    assertFalse(page.contains("quiz-autosave.js"), "quiz autosave is for quizzes");
  }

  /**
   * A new learner enrolled in the empathy course, holding a session cookie like a browser, welcome
   * read.
   */
  private Browser enrolledReader(String name) throws Exception {
    Person person = register(base, name);
    Browser browser = new Browser(base, true);
    HttpResponse<String> enrolled =
        browser.post(
            "/course/" + COURSE, enrolForm(browser, person, base.getPath().replaceAll("/$", "")));
    assertEquals(
        302, enrolled.statusCode(), () -> "enrolling failed: " + messages(enrolled.body()));
    assertTrue(
        lesson(browser, java.net.URI.create(location(enrolled)).getPath())
            .contains("You're enrolled."),
        "the welcome, shown once");
    return browser;
  }

  private static String lesson(Browser browser, String path) throws Exception {
    HttpResponse<String> page = browser.get(path);
    assertEquals(
        200,
        page.statusCode(),
        () -> path + " answered " + page.statusCode() + " " + location(page));
    return page.body();
  }

  private static String token(String page) {
    String token = hiddenFields(page, "signout").get("hearth_csrf");
    assertTrue(token != null && token.length() >= 32, "the page carries a token");
    return token;
  }
}
