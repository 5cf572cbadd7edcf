package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.basic;
import static org.hearth.it.AuthorizationMatrixIT.location;
import static org.hearth.it.AuthorizationMatrixIT.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.shared.VisibleText;
import org.hearth.it.AuthorizationMatrixIT.Browser;
import org.hearth.it.PageForms.Form;
import org.hearth.testing.PrintedText;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;

/**
 * Real people's words through every path they take, over HTTP as a browser without scripts sends
 * them (form posts with no charset named, as browsers send them) and as the pages' scripts do:
 * sign-up, worksheet answers (saved by the form and by autosave) and their PDF, quiz answers, the
 * course editor's Add and Rename in the first, middle and last module, the lesson editor through
 * publishing to a learner's page, course details and the data export. Every sample of {@code
 * real-text.txt} comes back exactly, or is refused with a message that names the character at
 * fault. Names and titles are trimmed at both ends, as every form of Hearth does.
 */
class RealTextIT {

  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");
  private static final String COURSE = "words-in-every-script";
  private static final String WORKSHEET = "in-your-own-words";
  private static final String QUIZ = "a-name-to-remember";

  private final URL base = SharedHearth.url();

  // ---------------------------------------------------------------------------------------------
  // Sign-up

  @Test
  void everyNameSurvivesTheSignUpFormOrIsRefusedWithItsReason() throws Exception {
    for (String sample : RealText.samples()) {
      String email = "name-" + UUID.randomUUID() + "@example.test";
      Browser browser = new Browser(base, true);
      HttpResponse<String> registered = Steps.register(browser, sample, email);
      Optional<String> hidden = VisibleText.problemInLine(sample.strip());
      if (hidden.isPresent()) {
        assertEquals(200, registered.statusCode(), () -> "refused: " + sample);
        assertTrue(
            messages(registered.body()).contains("The name " + hidden.get()),
            () -> sample + ": " + messages(registered.body()));
        continue;
      }
      assertEquals(302, registered.statusCode(), () -> sample + ": " + messages(registered.body()));
      String settings = browser.get("/account/settings").body();
      assertEquals(
          "You're signed in as " + sample.strip() + ".",
          PageForms.decode(find(settings, "You're signed in as [^<]*\\.")),
          () -> "account settings show the name exactly: " + sample);
      assertEquals(
          sample.strip(),
          export(browser).getJsonObject("account").getString("displayName"),
          "the data export: " + sample);
    }
    String accounts =
        client().get("/admin/accounts", "Authorization", basic(ADMIN, ADMIN_PASSWORD)).body();
    for (String sample : RealText.readable()) {
      if (!sample.contains("\t")) {
        assertTrue(
            PageForms.decode(accounts).contains("<td>" + sample.strip() + "</td>"),
            () -> "the accounts page shows " + sample);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Worksheets

  @Test
  void worksheetAnswersKeepEveryCharacterSavedByTheFormOrByAutosaveAndPrintInThePdf()
      throws Exception {
    Browser browser = learner("Siobhán Ó Súilleabháin");
    String address = "/learn/" + COURSE + "/" + WORKSHEET;
    String everything = String.join("\n", RealText.samples());

    for (String sample : RealText.samples()) {
      Form form = PageForms.form(browser.get(address).body(), "worksheet");
      Map<String, String> fields = form.pressing("Save my answers");
      fields.put(field(form, "name"), sample);
      fields.put(field(form, "say"), everything);
      HttpResponse<String> saved = browser.post(form.action(), fields);
      assertTrue(
          saved.statusCode() == 302 || saved.statusCode() == 200,
          () -> "saved: " + saved.statusCode());

      Form shown = PageForms.form(browser.get(address).body(), "worksheet");
      assertEquals(sample, shown.value(field(shown, "name")), "a short answer comes back exactly");
      assertEquals(
          everything,
          shown.textAreas().get(field(shown, "say")),
          "a long answer comes back exactly");
    }

    // The page's script saves the fields that changed, as a form post with the token in a header.
    String page = browser.get(address).body();
    Form form = PageForms.form(page, "worksheet");
    String token = form.fields().get("hearth_csrf");
    String item = find(page, "data-autosave=\"[^\"]*/api/me/worksheets/(\\d+)/answers\"", 1);
    String autosaved = "Nguyễn Thị Minh Khai 👩‍👩‍👧 שלום";
    HttpResponse<String> saved =
        browser.post(
            "/api/me/worksheets/" + item + "/answers",
            Map.of(field(form, "name"), autosaved, field(form, "say"), "  " + everything + "  "),
            "X-Hearth-CSRF",
            token);
    assertEquals(200, saved.statusCode(), saved.body());
    Form shown = PageForms.form(browser.get(address).body(), "worksheet");
    assertEquals(autosaved, shown.value(field(shown, "name")));
    assertEquals(
        "  " + everything + "  ",
        shown.textAreas().get(field(shown, "say")),
        "spaces at either end are the learner's too");

    Map<String, String> exported = new LinkedHashMap<>();
    export(browser)
        .getJsonArray("worksheetAnswers")
        .getValuesAs(JsonObject.class)
        .forEach(answer -> exported.put(answer.getString("field"), answer.getString("answer")));
    assertEquals(autosaved, exported.get("name"), "the data export holds the answer exactly");
    assertEquals("  " + everything + "  ", exported.get("say"));

    HttpResponse<byte[]> pdf =
        browser.getResponseBytes("/api/me/worksheets/" + item + "/answers.pdf");
    assertEquals(200, pdf.statusCode());
    assertDownloadName(pdf, COURSE + "-" + WORKSHEET + "-my-answers.pdf");
    // The answers are the PDF's form fields: their values hold the learner's words exactly (what
    // each field draws is checked by rendering in FilledWorksheetLookTest).
    Map<String, String> filled = pdfFields(pdf.body());
    assertEquals(autosaved, filled.get("name"), filled.keySet().toString());
    assertEquals("  " + everything + "  ", filled.get("say"));
    assertTrue(
        PrintedText.spaced(pdfText(pdf.body()))
            .contains(PrintedText.expected("In your own words — « désolé »")),
        "the worksheet's own title prints");
  }

  // ---------------------------------------------------------------------------------------------
  // Quizzes

  @Test
  void typedQuizAnswersComeBackExactlyAndUnansweredQuestionsAreListedBeforeGrading()
      throws Exception {
    Browser browser = learner("Þórunn Guðmundsdóttir");
    String address = "/learn/" + COURSE + "/" + QUIZ;

    for (String sample : RealText.samples()) {
      Form form = PageForms.form(browser.get(address).body(), "quiz");
      Map<String, String> fields = form.pressing("Save and finish later");
      fields.put(typedField(form), sample);
      assertEquals(302, browser.post(form.action(), fields).statusCode());
      Form shown = PageForms.form(browser.get(address).body(), "quiz");
      assertEquals(
          sample, shown.value(typedField(shown)), "a saved typed answer comes back exactly");
    }

    // Typed with a combining tilde (as some keyboards send it) and with nothing chosen for question
    // 2.
    Form form = PageForms.form(browser.get(address).body(), "quiz");
    Map<String, String> fields = form.pressing("Submit answers");
    String decomposed = Normalizer.normalize("Ngũgĩ wa Thiong’o", Normalizer.Form.NFD);
    fields.put(typedField(form), decomposed);
    HttpResponse<String> asked = browser.post(form.action(), fields);
    assertEquals(200, asked.statusCode(), "nothing is graded yet");
    assertTrue(
        PageForms.decode(asked.body()).contains("One question has no answer yet"),
        () -> messages(asked.body()));
    assertTrue(
        Pattern.compile("<a href=\"#question-[^\"]+\">Question \\d</a>")
            .matcher(asked.body())
            .find(),
        "a link to the question");
    Form again = PageForms.form(asked.body(), "quiz");
    assertEquals(
        decomposed, again.value(typedField(again)), "the typed answer is still in its box");

    HttpResponse<String> submitted = browser.post(again.action(), again.pressing("Submit anyway"));
    assertEquals(302, submitted.statusCode(), () -> messages(submitted.body()));
    String result =
        PageForms.decode(browser.get(location(submitted).replaceFirst("#.*", "")).body());
    assertTrue(
        result.contains("Yes — Ngũgĩ wa Thiong’o."),
        "the typed name was graded right: " + messages(result));
  }

  // ---------------------------------------------------------------------------------------------
  // Certificates

  @Test
  void theCertificatePrintsTheLearnersNameInTheirOwnScript() throws Exception {
    String name = "Nguyễn Thị Minh Khai · محمد بن عبد الله · 王秀英";
    Browser browser = learner(name);
    Steps.markDone(browser, "/learn/" + COURSE + "/names");
    Steps.markDone(browser, "/learn/" + COURSE + "/" + WORKSHEET);
    Form quiz = PageForms.form(browser.get("/learn/" + COURSE + "/" + QUIZ).body(), "quiz");
    Map<String, String> answers = quiz.pressing("Submit answers");
    answers.put(typedField(quiz), "Ngũgĩ wa Thiong’o");
    Matcher greek =
        Pattern.compile(
                "<input type=\"radio\" id=\"([^\"]+)\""
                    + " name=\"([^\"]+)\"\\s+value=\"([^\"]+)\"[^>]*/>\\s*<label"
                    + " for=\"\\1\">[^<]*(?:<[^>]+>)*Αικατερίνη")
            .matcher(quiz.html());
    assertTrue(greek.find(), "the Greek option is on the page");
    answers.put(greek.group(2), greek.group(3));
    HttpResponse<String> submitted = browser.post(quiz.action(), answers);
    assertEquals(302, submitted.statusCode(), () -> messages(submitted.body()));

    HttpResponse<byte[]> certificate =
        browser.getResponseBytes("/api/me/certificates/" + COURSE + ".pdf");
    assertEquals(200, certificate.statusCode(), "the course is complete");
    String printed = pdfText(certificate.body());
    assertTrue(
        PrintedText.spaced(printed).contains(PrintedText.expected(name)),
        () -> "the certificate prints " + name + ":\n" + printed);
    String verify = find(printed, "[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}");
    assertTrue(
        PageForms.decode(client().get("/verify/" + verify).body()).contains(name),
        "the verification page shows the name");
  }

  // ---------------------------------------------------------------------------------------------
  // Authoring, through publishing to a learner

  @Test
  void theCourseEditorAddsAndRenamesInTheFirstMiddleAndLastModule() throws Exception {
    Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
    String slug =
        Steps.createCourse(
            admin, "Ψυχή — «everyone» 🌧️ " + UUID.randomUUID().toString().substring(0, 6));
    String editor = "/instructor/edit?course=" + slug;
    List<String> modules = List.of("Сергей Петрович Иванов", "محمد بن عبد الله", "王秀英 · 佐藤 花子");
    for (String module : modules) {
      Form add = PageForms.form(admin.get(editor).body(), "add-module");
      Map<String, String> fields = add.pressing("Add module");
      fields.put("add-module:module-name", module);
      assertEquals(302, admin.post(add.action(), fields).statusCode());
    }
    String[][] items = {
      {"LESSON", "José Müller-Łukasiewicz"},
      {"WORKSHEET", "श्रीनिवास रामानुजन्"},
      {"QUIZ", "ธนพล สุขใจ"}
    };
    for (int i = 0; i < modules.size(); i++) {
      Form add = PageForms.rows(admin.get(editor).body(), "add-item").get(i);
      Map<String, String> fields = add.pressing("Add");
      fields.put("kind", items[i][0]);
      fields.put("title", items[i][1]);
      HttpResponse<String> added = admin.post(add.action(), fields);
      int module = i;
      assertEquals(
          302,
          added.statusCode(),
          () -> "Add in module " + (module + 1) + ": " + messages(added.body()));
    }
    String page = PageForms.decode(admin.get(editor).body());
    for (int i = 0; i < modules.size(); i++) {
      String module =
          find(
              page,
              "<section class=\"outline-module\"[^>]*>\\s*<h3[^>]*>"
                  + (i + 1)
                  + "\\. [^<]*</h3>.*?</ol>");
      assertTrue(
          module.contains(modules.get(i)) && module.contains(">" + items[i][1] + "</a>"),
          "module " + (i + 1) + " holds its new item: " + module);
    }
    for (int i = 0; i < modules.size(); i++) {
      Form rename = PageForms.rows(admin.get(editor).body(), "module-actions").get(i);
      Map<String, String> fields = rename.pressing("Rename");
      fields.put("title", "Ṣadé Adúnní " + (i + 1));
      HttpResponse<String> renamed = admin.post(rename.action(), fields);
      int module = i;
      assertEquals(
          302,
          renamed.statusCode(),
          () -> "Rename module " + (module + 1) + ": " + messages(renamed.body()));
    }
    String renamed = PageForms.decode(admin.get(editor).body());
    for (int i = 0; i < modules.size(); i++) {
      assertTrue(
          renamed.contains((i + 1) + ". Ṣadé Adúnní " + (i + 1) + "</h3>"),
          "module " + (i + 1) + " renamed");
    }
    Form add = PageForms.rows(admin.get(editor).body(), "add-item").get(1);
    Map<String, String> fields = add.pressing("Add");
    fields.put("kind", "LESSON");
    fields.put("title", "evil\u202Etxt.exe");
    HttpResponse<String> refused = admin.post(add.action(), fields);
    assertEquals(200, refused.statusCode());
    assertTrue(
        PageForms.decode(refused.body())
            .contains("holds an invisible right-to-left override (U+202E) after “evil”"),
        () -> messages(refused.body()));
    assertEquals(
        "evil\u202Etxt.exe",
        PageForms.rows(refused.body(), "add-item").get(1).value("title"),
        "the refused title stays in its box");
  }

  @Test
  void aLessonWrittenInTheEditorReachesALearnerExactlyAfterPublishing() throws Exception {
    Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
    String slug =
        Steps.createCourse(
            admin, "Ngũgĩ’s “reading room” " + UUID.randomUUID().toString().substring(0, 6));
    String editor = "/instructor/edit?course=" + slug;
    String itemEditor = Steps.addModuleWithLesson(admin, slug, "Αικατερίνη Παπαδοπούλου");

    String title = "It’s “fine” — really… it is. 💛";
    List<String> paragraphs =
        RealText.readable().stream().map(String::strip).filter(s -> !s.contains("\t")).toList();
    String body = String.join("\n\n", paragraphs) + "\n";
    Form lesson = PageForms.form(admin.get(itemEditor).body(), "editor");
    Map<String, String> fields = lesson.pressing("Save draft");
    fields.put("title", title);
    fields.put("text", body);
    fields.put("preview", "true");
    fields.put("required", "true");
    HttpResponse<String> saved = admin.post(lesson.action(), fields);
    assertTrue(
        saved.statusCode() == 302 || saved.statusCode() == 200,
        () -> "saved: " + messages(saved.body()));
    Form reopened = PageForms.form(admin.get(itemEditor).body(), "editor");
    assertEquals(title, reopened.value("title"), "the editor shows the saved title exactly");
    assertEquals(
        body,
        reopened.textAreas().get("text").replace("\r\n", "\n"),
        "the editor shows the saved body exactly");

    Steps.publish(admin, slug);
    assertTrue(
        PageForms.decode(admin.get(editor).body()).contains("Published version"),
        "publishing succeeded");

    String lessonSlug =
        find(
            admin.get("/course/" + slug).body(),
            "/learn/" + Pattern.quote(slug) + "/([a-z0-9-]+)",
            1);
    String page = client().get("/learn/" + slug + "/" + lessonSlug).body();
    assertEquals(title, PageForms.text(page, "h1").strip(), "a reader sees the title exactly");
    String text = PageForms.decode(page.replaceAll("<[^>]+>", ""));
    for (String paragraph : paragraphs) {
      assertTrue(text.contains(paragraph), () -> "a reader sees " + paragraph);
    }
  }

  @Test
  void courseDetailsKeepEveryCharacterAndRefuseDeceptiveTitles() throws Exception {
    Browser admin = signedIn(ADMIN, ADMIN_PASSWORD);
    String slug =
        Steps.createCourse(admin, "Details " + UUID.randomUUID().toString().substring(0, 6));
    String address = "/instructor/details?course=" + slug;
    List<String> samples = RealText.samples();
    for (String sample :
        List.of(
            samples.get(0),
            samples.get(samples.size() / 2),
            samples.get(samples.size() - 1),
            "王秀英 👩‍👩‍👧 שרה לוי")) {
      Form form = PageForms.form(admin.get(address).body(), "details");
      Map<String, String> fields = form.pressing("Save draft");
      fields.put("details:title", sample);
      fields.put("details:summary", String.join("\n", RealText.readable()));
      HttpResponse<String> saved = admin.post(form.action(), fields);
      assertTrue(
          saved.statusCode() == 302 || saved.statusCode() == 200, () -> messages(saved.body()));
      Form shown = PageForms.form(admin.get(address).body(), "details");
      assertEquals(sample.strip(), shown.value("details:title"), "the title comes back: " + sample);
      assertEquals(
          String.join("\n", RealText.readable()).strip(),
          shown.textAreas().get("details:summary").replace("\r\n", "\n").strip());
    }
    Form form = PageForms.form(admin.get(address).body(), "details");
    Map<String, String> fields = form.pressing("Save draft");
    fields.put("details:title", "evil\u202Etxt.exe");
    String refused =
        PageForms.decode(admin.post(form.action(), fields).body() + admin.get(address).body());
    assertTrue(
        refused.contains("title holds an invisible right-to-left override (U+202E)"),
        "the problem names the character");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Registers a learner with {@code name} and enrols them in the fixture course; returns their
   * browser.
   */
  private Browser learner(String name) throws Exception {
    String email = "learner-" + UUID.randomUUID() + "@example.test";
    Browser browser = new Browser(base, true);
    assertEquals(302, Steps.register(browser, name, email).statusCode());
    Form enrol = PageForms.form(browser.get("/course/" + COURSE).body(), "enrol");
    assertEquals(
        302, browser.post(enrol.action(), enrol.pressing("Enrol in this course")).statusCode());
    return browser;
  }

  /**
   * A browser whose session was started by one request with HTTP Basic; later requests carry only
   * the cookie.
   */
  private Browser signedIn(String email, String password) throws Exception {
    Browser browser = new Browser(base, true);
    assertEquals(
        200, browser.get("/my-learning", "Authorization", basic(email, password)).statusCode());
    return browser;
  }

  private Browser client() throws Exception {
    return new Browser(base, false);
  }

  private JsonObject export(Browser browser) throws Exception {
    HttpResponse<String> export = browser.get("/api/me/export");
    assertEquals(200, export.statusCode());
    try (JsonReader reader = Json.createReader(new StringReader(export.body()))) {
      return reader.readObject();
    }
  }

  /**
   * The name of the worksheet field {@code name} in the page's form (the page prefixes field
   * names).
   */
  private static String field(Form form, String name) {
    return form.fields().keySet().stream()
        .filter(key -> key.endsWith(name) && !key.startsWith("present-"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no field " + name + " in " + form.fields().keySet()));
  }

  /** The quiz's one typed-answer field. */
  private static String typedField(Form form) {
    return find(form.html(), "<input type=\"text\" id=\"[^\"]+\" name=\"(answer-[^\"]+)\"", 1);
  }

  private static void assertDownloadName(HttpResponse<?> response, String expected) {
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.contains("filename=\"" + expected + "\""), disposition);
    String encoded = find(disposition, "filename\\*=UTF-8''([^;]+)", 1);
    assertEquals(expected, URLDecoder.decode(encoded, StandardCharsets.UTF_8));
  }

  private static Map<String, String> pdfFields(byte[] pdf) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
        fields.put(field.getFullyQualifiedName(), field.getValueAsString());
      }
    }
    return fields;
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String find(String text, String regex) {
    return find(text, regex, 0);
  }

  private static String find(String text, String regex, int group) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    if (!matcher.find()) {
      throw new AssertionError(
          "nothing matches " + regex + " in: " + text.substring(0, Math.min(600, text.length())));
    }
    return matcher.group(group);
  }
}
