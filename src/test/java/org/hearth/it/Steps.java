package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.location;
import static org.hearth.it.AuthorizationMatrixIT.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.it.AuthorizationMatrixIT.Browser;
import org.hearth.it.PageForms.Form;

/**
 * What people do on Hearth's pages, done over HTTP as a browser without scripts does it: each step
 * reads the page, fills its form and presses the button a person would press.
 */
final class Steps {

  static final String PASSWORD = "correct horse battery staple";

  private Steps() {}

  /**
   * Registers through the sign-up form in {@code browser}, which is then signed in as the new
   * account.
   */
  static HttpResponse<String> register(Browser browser, String name, String email)
      throws Exception {
    Form form = PageForms.form(browser.get("/register").body(), "register");
    Map<String, String> fields = form.pressing("Create my account");
    fields.put("register:displayName", name);
    fields.put("register:email", email);
    fields.put("register:password", PASSWORD);
    return browser.post(form.action(), fields);
  }

  /** Presses "Enrol in this course" on the course page. */
  static HttpResponse<String> enrol(Browser browser, String course) throws Exception {
    Form enrol = PageForms.form(browser.get("/course/" + course).body(), "enrol");
    return browser.post(enrol.action(), enrol.pressing("Enrol in this course"));
  }

  /**
   * Presses "Mark as complete" (or, on a worksheet, "Mark as done") on the page at {@code address}.
   */
  static HttpResponse<String> markDone(Browser browser, String address) throws Exception {
    Form complete = PageForms.form(browser.get(address).body(), "complete");
    String label = complete.html().contains("Mark as done") ? "Mark as done" : "Mark as complete";
    HttpResponse<String> done = browser.post(complete.action(), complete.pressing(label));
    assertEquals(302, done.statusCode(), () -> address + ": " + messages(done.body()));
    return done;
  }

  /** Creates a course on the instructors' page; returns its slug. */
  static String createCourse(Browser admin, String title) throws Exception {
    Form create = PageForms.form(admin.get("/instructor/courses").body(), "create");
    Map<String, String> fields = create.pressing("Create course");
    fields.put("create:course-title", title);
    HttpResponse<String> created = admin.post(create.action(), fields);
    assertEquals(302, created.statusCode(), () -> messages(created.body()));
    return find(location(created), "course=([a-z0-9-]+)", 1);
  }

  /**
   * Adds a module named {@code module} to a new course and a lesson to it; returns the lesson
   * editor's address.
   */
  static String addModuleWithLesson(Browser admin, String slug, String module) throws Exception {
    String editor = "/instructor/edit?course=" + slug;
    Form addModule = PageForms.form(admin.get(editor).body(), "add-module");
    Map<String, String> moduleFields = addModule.pressing("Add module");
    moduleFields.put("add-module:module-name", module);
    assertEquals(302, admin.post(addModule.action(), moduleFields).statusCode());
    Form add = PageForms.rows(admin.get(editor).body(), "add-item").get(0);
    Map<String, String> addFields = add.pressing("Add");
    addFields.put("kind", "LESSON");
    addFields.put("title", "Draft");
    HttpResponse<String> added = admin.post(add.action(), addFields);
    assertEquals(302, added.statusCode(), () -> messages(added.body()));
    return location(added).replaceFirst("^https?://[^/]+", "");
  }

  /** Presses Publish in the course editor. */
  static void publish(Browser admin, String slug) throws Exception {
    Form publish = PageForms.form(admin.get("/instructor/edit?course=" + slug).body(), "publish");
    HttpResponse<String> published = admin.post(publish.action(), publish.pressing("Publish"));
    assertEquals(302, published.statusCode(), () -> messages(published.body()));
  }

  /**
   * The first match of {@code regex} in {@code text}, or the group numbered {@code group} of it.
   */
  static String find(String text, String regex, int group) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    if (!matcher.find()) {
      throw new AssertionError(
          "nothing matches " + regex + " in: " + text.substring(0, Math.min(600, text.length())));
    }
    return matcher.group(group);
  }
}
