package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.Endpoint.ACCOUNT_SETTINGS;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.ADMIN_ACCOUNTS;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.ADMIN_IMPORT;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.COURSE_EDITOR;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.COURSE_EXPORT;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.DETAILS_EDITOR;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.DRAFT_EXPORT;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.DRAFT_PREVIEW;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.IMPORT_API;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.ITEM_EDITOR;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.LESSON;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.MY_DATA;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.MY_LEARNING;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.MY_NOTES;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.PREVIEW_LESSON;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.QUIZ;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.QUIZ_DRAFT;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.QUIZ_EDITOR;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.TEACHING;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.VERSION_EXPORT;
import static org.hearth.it.AuthorizationMatrixIT.Endpoint.WORKSHEET_PREVIEW;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.CONFLICT;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.COURSE_PAGE;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.FORBIDDEN;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.NOT_FOUND;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.OK;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.OWN_DATA;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.SIGN_IN;
import static org.hearth.it.AuthorizationMatrixIT.Outcome.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.application.authoring.CourseArchiveFormat;
import org.hearth.infrastructure.archive.CourseZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may do what, over HTTP as a browser or script would, with redirects never followed: the table
 * in {@link #matrix()} gives, for each page or endpoint, what each kind of person gets. Accounts
 * are made through the real registration form, enrolments through the course page's form, and the
 * instructor role through the administrator's accounts page; each request of the table then signs
 * in with HTTP Basic, which Hearth accepts on any request.
 */
class AuthorizationMatrixIT {

  static final String COURSE = "empathy-and-safety";

  /** From 01-why-empathy.md, a free preview lesson. */
  static final String PREVIEW_TEXT =
      "After the devastating blow of a betrayal, empathy is probably the last thing on your mind.";

  /** From 02-safety-comes-first.md, a lesson for enrolled learners only. */
  static final String LESSON_TEXT =
      "your nervous system will prioritize safety because intimate betrayal is a primal level"
          + " threat";

  static final String EVIL_ORIGIN = "http://evil.example";
  static final String QUIZ_PATH = "/learn/" + COURSE + "/check-safety-first";

  /**
   * The first question of the quiz above, for enrolled learners, instructors and administrators
   * only.
   */
  static final String QUIZ_TEXT = "why does your nervous system put safety first?";

  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");
  private static final String PASSWORD = "matrix learner password";

  /** The shared Hearth of the black-box tests, whose WAR carries {@link MatrixFixtureServlet}. */
  private final URL base = SharedHearth.url();

  /** The people of the table, one of each kind. */
  enum Who {
    ANONYMOUS,
    LEARNER,
    ENROLLED_LEARNER,
    OTHER_LEARNER,
    OTHER_INSTRUCTOR,
    COURSE_INSTRUCTOR,
    ADMINISTRATOR
  }

  enum Endpoint {
    PREVIEW_LESSON("GET", "/learn/" + COURSE + "/why-empathy", PREVIEW_TEXT),
    LESSON("GET", "/learn/" + COURSE + "/safety-comes-first", LESSON_TEXT),
    MY_LEARNING("GET", "/my-learning", null),
    MY_NOTES("GET", "/my-notes", null),
    ACCOUNT_SETTINGS("GET", "/account/settings", null),
    MY_DATA("GET", "/api/me/export", null),
    TEACHING("GET", "/instructor/courses", null),
    ADMIN_ACCOUNTS("GET", "/admin/accounts", null),
    ADMIN_IMPORT("GET", "/admin/import", null),
    IMPORT_API("POST", "/api/admin/content/import", null),
    QUIZ("GET", QUIZ_PATH, QUIZ_TEXT),
    QUIZ_DRAFT("POST", "/api/me/quizzes/" + COURSE + "/check-safety-first/draft", null),
    COURSE_EXPORT("GET", "/api/instructor/courses/" + COURSE + "/export.zip", null),
    COURSE_EDITOR("GET", "/instructor/edit?course=" + COURSE, null),
    ITEM_EDITOR(
        "GET",
        "/instructor/item?course=" + COURSE + "&path=01-safety-first/02-safety-comes-first.md",
        LESSON_TEXT),
    DRAFT_EXPORT("GET", "/api/instructor/courses/" + COURSE + "/draft.zip", null),
    VERSION_EXPORT("GET", "/api/instructor/courses/" + COURSE + "/versions/1.zip", null),
    DRAFT_PREVIEW(
        "POST",
        "/api/instructor/courses/" + COURSE + "/preview",
        null,
        Map.of("path", "01-safety-first/02-safety-comes-first.md", "text", "A preview of a draft")),
    QUIZ_EDITOR(
        "GET",
        "/instructor/quiz?course="
            + COURSE
            + "&path=01-safety-first/04-check-safety-first.quiz.yaml",
        QUIZ_TEXT),
    DETAILS_EDITOR("GET", "/instructor/details?course=" + COURSE, null),
    WORKSHEET_PREVIEW(
        "GET",
        "/api/instructor/courses/"
            + COURSE
            + "/worksheet.pdf?path=02-practising-empathy/04-regulation-practice-log.worksheet.md",
        null);

    final String method;
    final String path;

    /** Text only those allowed in may see; checked on every answer, allowed or not. */
    final String guarded;

    /** What a POST sends. */
    final Map<String, String> form;

    Endpoint(String method, String path, String guarded) {
      this(method, path, guarded, Map.of());
    }

    Endpoint(String method, String path, String guarded, Map<String, String> form) {
      this.method = method;
      this.path = path;
      this.guarded = guarded;
      this.form = form;
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  enum Outcome {
    /** 200. */
    OK,
    /** 200 with the asker's own data, and nobody else's. */
    OWN_DATA,
    /** 302 to the sign-in page, which comes back here afterwards. */
    SIGN_IN,
    /** 302 to the course page, without the lesson. */
    COURSE_PAGE,
    /** 401 with a Basic challenge. */
    UNAUTHORIZED,
    /** 403. */
    FORBIDDEN,
    /** 404, the same as for something that does not exist. */
    NOT_FOUND,
    /** 409: allowed to look, but not to answer (instructors who are not enrolled). */
    CONFLICT
  }

  /** The table: one row per endpoint, one column per {@link Who}, in that order. */
  static Stream<Arguments> matrix() {
    return Stream.of(
            //                 anonymous     learner      enrolled  other     instructor
            // instructor   admin
            //                                                      learner   (elsewhere)  (this
            // course)
            row(PREVIEW_LESSON, OK, OK, OK, OK, OK, OK, OK),
            row(LESSON, COURSE_PAGE, COURSE_PAGE, OK, OK, COURSE_PAGE, OK, OK),
            row(MY_LEARNING, SIGN_IN, OK, OK, OK, OK, OK, OK),
            row(MY_NOTES, SIGN_IN, OK, OK, OK, OK, OK, OK),
            row(ACCOUNT_SETTINGS, SIGN_IN, OK, OK, OK, OK, OK, OK),
            row(MY_DATA, UNAUTHORIZED, OWN_DATA, OWN_DATA, OWN_DATA, OWN_DATA, OWN_DATA, OWN_DATA),
            row(TEACHING, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, OK),
            row(ADMIN_ACCOUNTS, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row(ADMIN_IMPORT, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            row(
                IMPORT_API,
                UNAUTHORIZED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK),
            row(QUIZ, COURSE_PAGE, COURSE_PAGE, OK, OK, COURSE_PAGE, OK, OK),
            row(QUIZ_DRAFT, UNAUTHORIZED, NOT_FOUND, OK, OK, NOT_FOUND, CONFLICT, CONFLICT),
            row(COURSE_EXPORT, UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(COURSE_EDITOR, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(ITEM_EDITOR, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(DRAFT_EXPORT, UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(VERSION_EXPORT, UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(DRAFT_PREVIEW, UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(QUIZ_EDITOR, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(DETAILS_EDITOR, SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK),
            row(
                WORKSHEET_PREVIEW,
                UNAUTHORIZED,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                FORBIDDEN,
                OK,
                OK))
        .flatMap(List::stream);
  }

  private static List<Arguments> row(Endpoint endpoint, Outcome... byWho) {
    Who[] who = Who.values();
    if (byWho.length != who.length) {
      throw new IllegalArgumentException(endpoint + " needs one outcome per kind of person");
    }
    List<Arguments> cells = new ArrayList<>();
    for (int i = 0; i < who.length; i++) {
      cells.add(Arguments.of(endpoint, who[i], byWho[i]));
    }
    return cells;
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("matrix")
  void everyoneGetsExactlyWhatTheTableSays(Endpoint endpoint, Who who, Outcome expected)
      throws Exception {
    People people = people();
    String[] auth = who == Who.ANONYMOUS ? new String[0] : people.of(who).basic();
    HttpResponse<String> response =
        client().send(endpoint.method, endpoint.path, endpoint.form, auth);

    String what =
        endpoint + " as " + who + " answered " + response.statusCode() + " " + location(response);
    switch (expected) {
      case OK, OWN_DATA -> assertEquals(200, response.statusCode(), what);
      case SIGN_IN -> {
        assertEquals(302, response.statusCode(), what);
        assertTrue(
            location(response)
                .contains(
                    "/signin?next=" + URLEncoder.encode(endpoint.path, StandardCharsets.UTF_8)),
            what);
      }
      case COURSE_PAGE -> {
        assertEquals(302, response.statusCode(), what);
        assertTrue(
            location(response).matches(".*/course/" + COURSE + "(\\?reason=[a-z_]+)?"), what);
      }
      case UNAUTHORIZED -> {
        assertEquals(401, response.statusCode(), what);
        // A challenge, but never a Basic one: browsers would prompt and keep the password after
        // sign-out.
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(
            !challenge.isEmpty() && !challenge.regionMatches(true, 0, "Basic", 0, 5),
            what + ": " + challenge);
      }
      case FORBIDDEN -> assertEquals(403, response.statusCode(), what);
      case NOT_FOUND -> assertEquals(404, response.statusCode(), what);
      case CONFLICT -> assertEquals(409, response.statusCode(), what);
    }
    if (endpoint.guarded != null) {
      assertEquals(
          expected == OK,
          response.body().contains(endpoint.guarded),
          what
              + (expected == OK
                  ? ": the lesson text is shown"
                  : ": the lesson text must not be sent"));
    }
    if (expected == OWN_DATA) {
      Person me = people.of(who);
      assertTrue(
          response.body().contains("\"" + me.email() + "\""),
          what + ": the export holds the asker's own email");
      for (Person other : people.all()) {
        if (!other.equals(me)) {
          assertFalse(
              response.body().contains(other.email()),
              what + ": the export must not hold " + other.email());
        }
      }
    }
  }

  @Test
  void theTeachingPageShowsOnlyTheCoursesAnInstructorTeaches() throws Exception {
    People people = people();
    String courseStats = "id=\"stats-" + COURSE + "\"";

    String teacher =
        client().get("/instructor/courses", people.of(Who.COURSE_INSTRUCTOR).basic()).body();
    String elsewhere =
        client().get("/instructor/courses", people.of(Who.OTHER_INSTRUCTOR).basic()).body();
    String admin = client().get("/instructor/courses", people.of(Who.ADMINISTRATOR).basic()).body();

    assertTrue(teacher.contains(courseStats), "the course's instructor sees its figures");
    assertFalse(elsewhere.contains(courseStats), "an instructor of other courses does not");
    assertTrue(elsewhere.contains("No course names you as an instructor yet"));
    assertTrue(admin.contains(courseStats), "administrators see every course");
  }

  /**
   * Before submission, neither the quiz page nor the autosave's answer may hold anything of the
   * answer key: no explanation, no feedback, no accepted short answer, no credit. The key is read
   * from the same content folder the server imported.
   */
  @Test
  void theHtmlOfAnUnsubmittedQuizHoldsNoAnswerKey() throws Exception {
    Person learner = people().of(Who.ENROLLED_LEARNER);
    Browser browser = new Browser(base, true);
    HttpResponse<String> page = browser.get(QUIZ_PATH, learner.basic());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(QUIZ_TEXT), "the questions are there");
    Map<String, String> form = hiddenFields(page.body(), "quiz");
    form.put("answer-q1", "o1");
    HttpResponse<String> saved =
        browser.post("/api/me/quizzes/" + COURSE + "/check-safety-first/draft", form);
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(
        saved.body().matches("\\{\"savedAt\":\"[0-9:]+ UTC\"\\}"),
        "the autosave says only when: " + saved.body());
    HttpResponse<String> reloaded = browser.get(QUIZ_PATH);

    org.hearth.domain.quiz.QuizDefinition key = answerKey("check-safety-first");
    List<String> secrets = new ArrayList<>();
    for (org.hearth.domain.quiz.Question question : key.questions()) {
      secrets.add(question.explanationHtml());
      secrets.add(question.incorrectFeedbackHtml());
      for (org.hearth.domain.quiz.Choice choice : question.choices()) {
        secrets.add(choice.feedbackHtml());
        if (question.type() == org.hearth.domain.quiz.QuestionType.SHORT_ANSWER) {
          secrets.add(choice.text());
        }
      }
    }
    secrets.removeIf(String::isBlank);
    assertFalse(secrets.isEmpty(), "the quiz has feedback and explanations to keep back");
    for (HttpResponse<String> response : List.of(page, saved, reloaded)) {
      for (String secret : secrets) {
        assertFalse(
            response.body().contains(secret), () -> response.uri() + " gives away: " + secret);
      }
      assertFalse(
          response.body().contains("credit") || response.body().contains("\"correct\""),
          response.uri() + " names credits");
    }
  }

  static final String WORKSHEET_PATH = "/learn/" + COURSE + "/regulation-practice-log";

  /**
   * A private note is its writer's alone: it is on their lesson page, their notes page and their
   * data export, and on nobody else's page, export or figures, whoever they are; nobody signed out
   * can write one.
   */
  @Test
  void aPrivateNoteIsReadByItsWriterAloneNeverByInstructorsOrAdministrators() throws Exception {
    People people = people();
    Person writer = people.of(Who.ENROLLED_LEARNER);
    String lessonPath = "/learn/" + COURSE + "/safety-comes-first";
    Browser browser = new Browser(base, true);
    HttpResponse<String> page = browser.get(lessonPath, writer.basic());
    assertEquals(200, page.statusCode());
    Matcher autosave =
        Pattern.compile("data-note-autosave=\"[^\"]*/api/me/notes/(\\d+)\"").matcher(page.body());
    assertTrue(autosave.find(), "the lesson offers a private note");
    String id = autosave.group(1);
    String secret = "private note " + UUID.randomUUID();
    Map<String, String> form = new LinkedHashMap<>(hiddenFields(page.body(), "notes"));
    form.put("note", secret);
    HttpResponse<String> saved = browser.post("/api/me/notes/" + id, form);
    assertEquals(200, saved.statusCode(), saved.body());
    assertFalse(saved.body().contains(secret), "the save answers only when");
    for (String own : List.of(lessonPath, "/my-notes", "/api/me/export")) {
      assertTrue(browser.get(own).body().contains(secret), own + " shows the writer their note");
    }

    for (Who who :
        List.of(
            Who.LEARNER,
            Who.OTHER_LEARNER,
            Who.OTHER_INSTRUCTOR,
            Who.COURSE_INSTRUCTOR,
            Who.ADMINISTRATOR)) {
      Browser theirs = new Browser(base, true);
      assertEquals(
          200, theirs.get("/my-learning", people.of(who).basic()).statusCode(), who + " signs in");
      for (String path :
          List.of(
              lessonPath,
              "/my-notes",
              "/api/me/export",
              "/instructor/courses",
              "/admin/accounts",
              "/api/instructor/courses/" + COURSE + "/export.zip")) {
        assertFalse(
            theirs.get(path).body().contains(secret), path + " showed " + who + " the note");
      }
    }
    Browser stranger = new Browser(base, true);
    HttpResponse<String> signedOut = stranger.post("/api/me/notes/" + id, Map.of("note", "x"));
    assertTrue(
        signedOut.statusCode() == 401 || signedOut.statusCode() == 403,
        "nobody signed out writes a note: " + signedOut.statusCode());
  }

  /**
   * Worksheet answers are their author's alone: another learner asking for the same worksheet gets
   * their own (empty) answers, whatever ids they add, and anyone who may not open the worksheet
   * gets exactly the 404 that a worksheet that does not exist gets.
   */
  @Test
  void anotherLearnersWorksheetAnswersNeverReachThem() throws Exception {
    People people = people();
    Person writer = people.of(Who.ENROLLED_LEARNER);
    Browser browser = new Browser(base, true);
    HttpResponse<String> page = browser.get(WORKSHEET_PATH, writer.basic());
    assertEquals(200, page.statusCode());
    Matcher download = Pattern.compile("/api/worksheets/(\\d+)/blank\\.pdf").matcher(page.body());
    assertTrue(download.find(), "the worksheet page offers the blank PDF");
    String id = download.group(1);
    Matcher textField =
        Pattern.compile("<input type=\"text\" id=\"(field-[a-z0-9-]+)\"").matcher(page.body());
    assertTrue(textField.find(), "the worksheet has a text field");
    String secret = "matrix secret " + UUID.randomUUID();
    Map<String, String> form = new LinkedHashMap<>(hiddenFields(page.body(), "worksheet"));
    form.put(textField.group(1), secret);
    HttpResponse<String> saved = browser.post("/api/me/worksheets/" + id + "/answers", form);
    assertEquals(200, saved.statusCode(), saved.body());
    assertFalse(saved.body().contains(secret), "the save answers only when");
    assertTrue(
        pdfText(client().getBytes("/api/me/worksheets/" + id + "/answers.pdf", writer.basic()))
            .contains(secret),
        "the writer's PDF carries the answer");

    String writerId =
        client()
            .get(
                "/matrix-fixture/account-id?email="
                    + URLEncoder.encode(writer.email(), StandardCharsets.UTF_8))
            .body();
    Person other = people.of(Who.OTHER_LEARNER);
    for (String path :
        List.of(
            "/api/me/worksheets/" + id + "/answers.pdf",
            "/api/me/worksheets/" + id + "/answers.pdf?account=" + writerId,
            "/api/me/worksheets/" + id + "/answers.pdf?accountId=" + writerId)) {
      assertFalse(
          pdfText(client().getBytes(path, other.basic())).contains(secret),
          path + " gave another learner's answer away");
    }
    assertFalse(
        client().get(WORKSHEET_PATH, other.basic()).body().contains(secret), "nor does the page");

    HttpResponse<String> missing =
        client().get("/api/me/worksheets/999999999999/answers.pdf", other.basic());
    HttpResponse<String> notOpenToThem =
        client().get("/api/me/worksheets/" + id + "/answers.pdf", people.of(Who.LEARNER).basic());
    assertEquals(404, missing.statusCode());
    assertEquals(404, notOpenToThem.statusCode(), "a learner who is not enrolled");
    assertEquals(
        ScriptNonces.normalised(missing.body()),
        ScriptNonces.normalised(notOpenToThem.body()),
        "the same 404 as a worksheet that does not exist");
    assertEquals(
        404,
        client().get("/api/worksheets/" + id + "/blank.pdf").statusCode(),
        "not a preview: no blank PDF for visitors");
    assertEquals(
        200, client().get("/api/worksheets/" + id + "/blank.pdf", writer.basic()).statusCode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/worksheets/..%2F..%2FWEB-INF%2Fweb.xml/blank.pdf",
        "/api/worksheets/%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml/blank.pdf",
        "/api/worksheets/%252e%252e%252fWEB-INF%252fweb.xml/blank.pdf",
        "/api/worksheets/..%5c..%5cWEB-INF%5cweb.xml/blank.pdf",
        "/api/me/worksheets/..%2F..%2Fetc%2Fpasswd/answers.pdf",
        "/api/me/worksheets/1;..%2F..%2Fetc%2Fpasswd/answers.pdf",
        "/api/me/worksheets/%252e%252e%252f/answers.pdf",
        "/api/worksheets/1%00/blank.pdf",
        "/api/worksheets/-1/blank.pdf",
      })
  void pathLikeWorksheetAddressesAreRefused(String path) throws Exception {
    HttpResponse<String> response = client().get(path, people().of(Who.ENROLLED_LEARNER).basic());
    String what = path + " answered " + response.statusCode();
    assertTrue(response.statusCode() == 400 || response.statusCode() == 404, what);
    assertFalse(
        response.body().contains("<web-app") || response.body().contains("root:"),
        what + ": a file leaked");
  }

  @Test
  void theCourseExportIsTheContentFolderByteForByte() throws Exception {
    byte[] zip =
        client()
            .getBytes(
                "/api/instructor/courses/" + COURSE + "/export.zip",
                people().of(Who.COURSE_INSTRUCTOR).basic());
    CourseArchiveFormat.CourseFiles files = new CourseZip().read(zip);
    java.nio.file.Path folder =
        java.nio.file.Path.of(
            System.getProperty("hearth.test.content", "target/it-content"), "courses", COURSE);
    assertEquals(COURSE, files.folder());
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(folder)) {
      List<java.nio.file.Path> onDisk = walk.filter(java.nio.file.Files::isRegularFile).toList();
      assertEquals(onDisk.size(), files.files().size(), "every file, and nothing else");
      for (java.nio.file.Path file : onDisk) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        assertArrayEquals(
            java.nio.file.Files.readAllBytes(file), files.files().get(relative), relative);
      }
    }
  }

  private static String pdfText(byte[] pdf) throws Exception {
    assertTrue(
        pdf.length > 4 && new String(pdf, 0, 4, StandardCharsets.US_ASCII).equals("%PDF"), "a PDF");
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      StringBuilder text =
          new StringBuilder(new org.apache.pdfbox.text.PDFTextStripper().getText(document));
      org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form =
          document.getDocumentCatalog().getAcroForm();
      if (form != null) {
        form.getFieldTree().forEach(field -> text.append('\n').append(field.getValueAsString()));
      }
      return text.toString();
    }
  }

  private static org.hearth.domain.quiz.QuizDefinition answerKey(String quiz) {
    org.hearth.infrastructure.content.FileSystemContentSource source =
        new org.hearth.infrastructure.content.FileSystemContentSource(
            java.nio.file.Path.of(System.getProperty("hearth.test.content", "target/it-content")),
            new org.hearth.infrastructure.markdown.MarkdownRenderer());
    org.hearth.application.content.CourseFolder folder =
        source.scan().folders().stream()
            .filter(f -> f.slug().equals(COURSE))
            .findFirst()
            .orElseThrow();
    return source.read(folder).course().orElseThrow().modules().stream()
        .flatMap(m -> m.lessons().stream())
        .filter(l -> l.slug().equals(quiz))
        .findFirst()
        .orElseThrow()
        .quiz();
  }

  @Test
  void aLearnerCannotReadAnotherLearnersDataByGuessingTheirId() throws Exception {
    People people = people();
    Person me = people.of(Who.ENROLLED_LEARNER);
    Person other = people.of(Who.OTHER_LEARNER);
    String otherId =
        client()
            .get(
                "/matrix-fixture/account-id?email="
                    + URLEncoder.encode(other.email(), StandardCharsets.UTF_8))
            .body();
    assertTrue(otherId.matches("\\d+"), "the fixture knows the other learner's id: " + otherId);
    Browser browser = new Browser(base, true);
    assertEquals(
        200,
        browser.get("/api/me/export", me.basic()).statusCode(),
        "signed in; the session carries the next requests");

    for (String path :
        List.of(
            "/api/me/export?id=" + otherId,
            "/api/me/export?accountId=" + otherId,
            "/api/me/export/" + otherId,
            "/api/me/" + otherId + "/export",
            "/api/me/" + otherId)) {
      HttpResponse<String> response = browser.get(path);
      String what = path + " answered " + response.statusCode();
      assertTrue(response.statusCode() == 200 || response.statusCode() == 404, what);
      if (response.statusCode() == 200) {
        assertTrue(
            response.body().contains("\"" + me.email() + "\""),
            what + ": only the asker's own data");
      }
      assertFalse(
          response.body().contains(other.email()), what + ": another learner's data leaked");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/my-learning/x",
        "/my-learning;x=y",
        "/my-learning.xhtml",
        "/account/settings/x",
        "/instructor/courses/x",
        "/admin/import/x",
        "/api/me/export/x",
      })
  void extraPathSegmentsDoNotGetPastTheSignInCheck(String path) throws Exception {
    HttpResponse<String> response = client().get(path);

    String what = path + " answered " + response.statusCode() + " " + location(response);
    assertNotEquals(
        200,
        response.statusCode(),
        what + ": a page for accounts was served to an anonymous visitor");
    assertTrue(
        response.statusCode() == 404
            || response.statusCode() == 401
            || (response.statusCode() == 302 && location(response).contains("/signin?next=")),
        what);
  }

  @Test
  void aCrossSitePostWithTheLearnersSessionIsRefused() throws Exception {
    Person learner = register("cross-site");
    Browser browser = new Browser(base, true);
    Map<String, String> enrol = enrolForm(browser, learner);

    HttpResponse<String> forged = browser.post("/course/" + COURSE, enrol, "Origin", EVIL_ORIGIN);

    assertEquals(403, forged.statusCode(), "a POST from another site is refused");
    // What a browser sends from a page of another site that hides its origin (Referrer-Policy:
    // no-referrer).
    HttpResponse<String> hidden =
        browser.post("/course/" + COURSE, enrol, "Origin", "null", "Sec-Fetch-Site", "cross-site");
    assertEquals(403, hidden.statusCode(), "a POST the browser marks as cross-site is refused");
    assertFalse(isEnrolled(learner), "and changed nothing");
    HttpResponse<String> genuine = browser.post("/course/" + COURSE, enrol, "Origin", origin());
    assertEquals(302, genuine.statusCode(), "the same form from Hearth's own page goes through");
    assertTrue(isEnrolled(learner));
  }

  @Test
  void aPostWithTheSessionButWithoutTheFormTokenIsRefused() throws Exception {
    Person learner = register("no-token");
    Browser browser = new Browser(base, true);
    Map<String, String> enrol = enrolForm(browser, learner);
    Map<String, String> withoutToken = new LinkedHashMap<>(enrol);
    withoutToken.remove("hearth_csrf");
    Map<String, String> wrongToken = new LinkedHashMap<>(enrol);
    wrongToken.put("hearth_csrf", "guessed" + enrol.get("hearth_csrf").substring(7));

    assertEquals(
        403, browser.post("/course/" + COURSE, withoutToken).statusCode(), "no token: refused");
    assertEquals(
        403, browser.post("/course/" + COURSE, wrongToken).statusCode(), "a wrong token: refused");
    assertFalse(isEnrolled(learner), "and nothing changed");
    assertEquals(
        302,
        browser.post("/course/" + COURSE, enrol).statusCode(),
        "with the session's token it goes through");
    assertTrue(isEnrolled(learner));
  }

  /*
   * Browsers keep Basic credentials someone typed into their prompt (which any 401 from /api opens)
   * and add them to every later request to the site, cross-site form posts included. So an
   * Authorization header says nothing about where a request came from: the origin check still applies.
   */

  @Test
  void aCrossSiteImportIsRefusedEvenWithTheAdministratorsSavedBasicCredentials() throws Exception {
    HttpResponse<String> importFromElsewhere =
        client()
            .send(
                "POST",
                "/api/admin/content/import",
                Map.of(),
                "Authorization",
                basic(ADMIN, ADMIN_PASSWORD),
                "Origin",
                EVIL_ORIGIN,
                "Sec-Fetch-Site",
                "cross-site");

    assertEquals(
        403,
        importFromElsewhere.statusCode(),
        "an administrator's saved credentials must not let another site import");
  }

  @Test
  void aCrossSiteFormPostIsRefusedEvenWithTheLearnersSavedBasicCredentials() throws Exception {
    Person learner = register("saved-basic");
    Map<String, String> forged = enrolForm(new Browser(base, true), learner);
    forged.remove(
        "hearth_csrf"); // another site cannot know the session's token, nor needs the session

    HttpResponse<String> response =
        client()
            .post(
                "/course/" + COURSE,
                forged,
                "Origin",
                EVIL_ORIGIN,
                "Sec-Fetch-Site",
                "cross-site",
                "Authorization",
                learner.basic()[1]);

    assertEquals(
        403,
        response.statusCode(),
        "a learner's saved credentials must not let another site act for them");
    assertFalse(isEnrolled(learner), "and nothing changed");
  }

  /**
   * The accounts page's buttons act on a row of the list; if the list changes between showing the
   * page and pressing the button (someone registers), the role must still go to the account whose
   * button was pressed.
   */
  @Test
  void theInstructorRoleGoesToTheAccountTheAdministratorChose() throws Exception {
    String stem = "matrix-grant-" + UUID.randomUUID();
    Person chosen = register(stem + "-b@example.test");
    Browser admin = new Browser(base, true);
    HttpResponse<String> page =
        admin.get("/admin/accounts", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, page.statusCode());
    PageForm grant = grantForm(page.body(), chosen);

    Person newcomer =
        register(stem + "-a@example.test"); // listed just before the chosen account from now on
    HttpResponse<String> granted = admin.post(grant.action(), grant.fields());

    assertEquals(200, granted.statusCode());
    assertTrue(
        granted.body().contains("The account can now teach."), () -> messages(granted.body()));
    assertEquals(
        200,
        client().get("/instructor/courses", chosen.basic()).statusCode(),
        "the chosen account can teach");
    assertEquals(
        403,
        client().get("/instructor/courses", newcomer.basic()).statusCode(),
        "nobody else was made an instructor");
  }

  // ---------------------------------------------------------------------------------------------
  // The people of the table, made once per class on first use through Hearth's own forms.

  record Person(String email, String password) {
    String[] basic() {
      return new String[] {"Authorization", AuthorizationMatrixIT.basic(email, password)};
    }
  }

  record People(Map<Who, Person> byWho) {
    Person of(Who who) {
      return Optional.ofNullable(byWho.get(who))
          .orElseThrow(() -> new IllegalArgumentException("no account for " + who));
    }

    List<Person> all() {
      return List.copyOf(byWho.values());
    }
  }

  private static People people;

  private People people() throws Exception {
    synchronized (AuthorizationMatrixIT.class) {
      if (people == null) {
        people = makePeople();
      }
      return people;
    }
  }

  private People makePeople() throws Exception {
    Map<Who, Person> byWho = new EnumMap<>(Who.class);
    byWho.put(Who.LEARNER, register("learner"));
    Person enrolled = register("enrolled");
    enrol(enrolled);
    byWho.put(Who.ENROLLED_LEARNER, enrolled);
    Person other = register("other-learner");
    enrol(other);
    byWho.put(Who.OTHER_LEARNER, other);
    Person otherInstructor = register("other-instructor");
    grantInstructor(otherInstructor);
    byWho.put(Who.OTHER_INSTRUCTOR, otherInstructor);
    byWho.put(Who.COURSE_INSTRUCTOR, courseInstructor());
    byWho.put(Who.ADMINISTRATOR, new Person(ADMIN, ADMIN_PASSWORD));
    return new People(byWho);
  }

  private Person register(String name) throws Exception {
    return register(base, name);
  }

  /** Registers through the /register form; {@code name} is a kind ("learner") or a whole email. */
  static Person register(URL base, String name) throws Exception {
    String email =
        name.contains("@") ? name : "matrix-" + name + "-" + UUID.randomUUID() + "@example.test";
    Browser browser = new Browser(base, true);
    HttpResponse<String> page = browser.get("/register");
    assertEquals(200, page.statusCode(), "the registration page");
    Map<String, String> form = hiddenFields(page.body(), "register");
    form.put("register:displayName", "Matrix " + name.replaceAll("@.*", ""));
    form.put("register:email", email);
    form.put("register:password", PASSWORD);
    form.put("register:submit", "Create my account");

    HttpResponse<String> registered = browser.post(formAction(page.body(), "register"), form);

    assertEquals(
        302,
        registered.statusCode(),
        () -> "registering " + email + " failed: " + messages(registered.body()));
    assertTrue(
        location(registered).endsWith("/account/recovery-code"),
        () -> "the new account's recovery code is shown next: " + location(registered));
    return new Person(email, PASSWORD);
  }

  private Map<String, String> enrolForm(Browser browser, Person learner) throws Exception {
    return enrolForm(browser, learner, contextPath());
  }

  /**
   * Opens the course page as the learner (Basic, which starts a session) and returns its filled-in
   * enrol form.
   */
  static Map<String, String> enrolForm(Browser browser, Person learner, String contextPath)
      throws Exception {
    HttpResponse<String> page = browser.get("/course/" + COURSE, learner.basic());
    assertEquals(200, page.statusCode());
    assertEquals(
        "/course/" + COURSE,
        formAction(page.body(), "enrol").replaceFirst("^" + Pattern.quote(contextPath), ""));
    Map<String, String> form = hiddenFields(page.body(), "enrol");
    assertTrue(
        form.containsKey("hearth_csrf") && form.containsKey("jakarta.faces.ViewState"),
        form.keySet().toString());
    form.put("enrol:enrolButton", "Enrol in this course");
    return form;
  }

  /**
   * Presses "Enrol in this course"; the POST carries only the session cookie, so the form token is
   * checked.
   */
  private void enrol(Person learner) throws Exception {
    Browser browser = new Browser(base, true);
    HttpResponse<String> enrolled = browser.post("/course/" + COURSE, enrolForm(browser, learner));
    assertEquals(
        302, enrolled.statusCode(), () -> "enrolling failed: " + messages(enrolled.body()));
    assertTrue(location(enrolled).contains("/learn/" + COURSE + "/"), location(enrolled));
    assertTrue(isEnrolled(learner));
  }

  private boolean isEnrolled(Person learner) throws Exception {
    HttpResponse<String> export = client().get("/api/me/export", learner.basic());
    assertEquals(200, export.statusCode());
    return export.body().contains("\"" + COURSE + "\"");
  }

  /** The administrator presses "Make instructor" for the account on /admin/accounts. */
  private void grantInstructor(Person person) throws Exception {
    Browser admin = new Browser(base, true);
    HttpResponse<String> page =
        admin.get("/admin/accounts", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, page.statusCode());
    PageForm grant = grantForm(page.body(), person);
    HttpResponse<String> granted = admin.post(grant.action(), grant.fields());
    assertEquals(200, granted.statusCode());
    assertTrue(
        granted.body().contains("The account can now teach."), () -> messages(granted.body()));
  }

  /**
   * The form holding the "Make … an instructor" button for the account, filled in as pressing it
   * would.
   */
  private static PageForm grantForm(String page, Person person) {
    String label = "Make " + person.email() + " an instructor";
    Matcher form = Pattern.compile("<form\\b[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
    while (form.find()) {
      Optional<Map<String, String>> button =
          inputs(form.group(1)).stream()
              .filter(input -> label.equals(input.get("aria-label")))
              .findFirst();
      if (button.isPresent()) {
        Map<String, String> fields = hiddenInputs(form.group(1));
        fields.put(button.get().get("name"), button.get().get("value"));
        return new PageForm(
            attributes(form.group().substring(0, form.group().indexOf('>') + 1)).get("action"),
            fields);
      }
    }
    throw new AssertionError("no button \"" + label + "\" on the accounts page");
  }

  record PageForm(String action, Map<String, String> fields) {}

  /**
   * The instructor the course names (see {@link MatrixFixtureServlet} for why this one cannot
   * register).
   */
  private Person courseInstructor() throws Exception {
    HttpResponse<String> ensured =
        client().send("POST", "/matrix-fixture/course-instructor?course=" + COURSE, Map.of());
    assertEquals(200, ensured.statusCode(), ensured.body());
    return new Person(ensured.body().strip(), MatrixFixtureServlet.INSTRUCTOR_PASSWORD);
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP, as a browser without JavaScript would do it.

  /**
   * An HTTP client that never follows redirects; with {@code cookies}, it keeps a session like a
   * browser.
   */
  static final class Browser {
    private final HttpClient http;
    private final URI base;

    Browser(URL base, boolean cookies) throws Exception {
      HttpClient.Builder builder =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
      if (cookies) {
        builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
      }
      this.http = builder.build();
      this.base = base.toURI();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
      return send("GET", path, Map.of(), headers);
    }

    /** A download, with its headers. */
    HttpResponse<byte[]> getResponseBytes(String path, String... headers) throws Exception {
      String prefix = base.getPath().replaceAll("/$", "");
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(prefix + path));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A download's bytes, after checking it answered 200. */
    byte[] getBytes(String path, String... headers) throws Exception {
      String prefix = base.getPath().replaceAll("/$", "");
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(prefix + path));
      if (headers.length > 0) {
        request.headers(headers);
      }
      HttpResponse<byte[]> response =
          http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), () -> path + " answered " + response.statusCode());
      return response.body();
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers)
        throws Exception {
      return send("POST", path, form, headers);
    }

    /**
     * {@code path} is relative to the application ("/register") or, from a form's action, to the
     * server.
     */
    HttpResponse<String> send(
        String method, String path, Map<String, String> form, String... headers) throws Exception {
      String prefix = base.getPath().replaceAll("/$", "");
      URI uri =
          base.resolve(path.startsWith(prefix + "/") && !prefix.isEmpty() ? path : prefix + path);
      HttpRequest.Builder request = HttpRequest.newBuilder(uri);
      if (headers.length > 0) {
        request.headers(headers);
      }
      if ("POST".equals(method)) {
        String body =
            form.entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        request
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private Browser client() throws Exception {
    return new Browser(base, false);
  }

  private String contextPath() {
    return base.getPath().replaceAll("/$", "");
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

  /**
   * The hidden fields of a form (its name, the view state, the anti-forgery token, …), in page
   * order.
   */
  static Map<String, String> hiddenFields(String page, String formId) {
    return hiddenInputs(form(page, formId));
  }

  private static Map<String, String> hiddenInputs(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map<String, String> input : inputs(html)) {
      if ("hidden".equals(input.get("type")) && input.containsKey("name")) {
        fields.put(input.get("name"), input.getOrDefault("value", ""));
      }
    }
    return fields;
  }

  static String formAction(String page, String formId) {
    Matcher tag =
        Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(page);
    if (!tag.find()) {
      throw new AssertionError("no form " + formId + " on the page");
    }
    return attributes(tag.group()).get("action");
  }

  private static String form(String page, String formId) {
    Matcher form =
        Pattern.compile(
                "<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL)
            .matcher(page);
    if (!form.find()) {
      throw new AssertionError("no form " + formId + " on the page: " + messages(page));
    }
    return form.group(1);
  }

  static List<Map<String, String>> inputs(String html) {
    List<Map<String, String>> inputs = new ArrayList<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      inputs.add(attributes(input.group()));
    }
    return inputs;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      attributes.put(attribute.group(1), unescape(attribute.group(2)));
    }
    return attributes;
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The page's messages, to explain a failed step. */
  static String messages(String page) {
    Matcher messages =
        Pattern.compile("class=\"(?:messages|field-error)[^>]*>(.*?)</(?:ul|span)>", Pattern.DOTALL)
            .matcher(page);
    StringBuilder out = new StringBuilder();
    while (messages.find()) {
      out.append(messages.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
          .append(" | ");
    }
    return out.length() > 0 ? out.toString() : page.substring(0, Math.min(page.length(), 500));
  }
}
