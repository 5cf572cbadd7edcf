package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Hearth answers over HTTP: assets, headers, errors, health and the administration guard. */
class HttpSurfaceIT {

  private static final String ADMIN =
      System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD =
      System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");

  private final URL base = SharedHearth.url();

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(
        request.POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lessonImagesAreServedFromTheCourseAssetsWithTheirContentType() throws Exception {
    HttpResponse<String> lesson = get("/learn/assets-demo/a-picture");
    assertEquals(200, lesson.statusCode());
    assertTrue(
        lesson.body().contains("src=\"../../assets/assets-demo/pixel.png\""),
        "the relative image link was rewritten");

    HttpResponse<byte[]> image =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.toString().replaceAll("/$", "") + "/assets/assets-demo/pixel.png"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals((byte) 0x89, image.body()[0], "PNG bytes");
  }

  @Test
  void anImageOnlyMembersOnlyLessonsShowGoesOnlyToMembersAndIsNeverCached() throws Exception {
    assertEquals(
        404,
        getBytes("/assets/assets-demo/members-pixel.png").statusCode(),
        "an anonymous reader may not have it");

    HttpResponse<byte[]> member =
        getBytes(
            "/assets/assets-demo/members-pixel.png", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, member.statusCode(), "someone who may open the lesson gets it");
    assertEquals("no-store", member.headers().firstValue("Cache-Control").orElse(""));

    HttpResponse<byte[]> preview = getBytes("/assets/assets-demo/pixel.png");
    assertEquals(200, preview.statusCode(), "a preview lesson's image is public");
    assertEquals("public, max-age=3600", preview.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aLessonsOutlineListsItsOwnModuleInFullAndEveryOtherModuleAsOneLine() throws Exception {
    String page = get("/learn/empathy-and-safety/why-empathy").body();
    String outline = page.substring(page.indexOf("<nav class=\"outline\""));
    assertTrue(outline.contains("/learn/empathy-and-safety/safety-comes-first\""), "same module");
    assertTrue(outline.contains("/learn/empathy-and-safety/check-safety-first\""), "its last item");
    for (String elsewhere : List.of("your-inner-sage", "listening-with-empathy", "safety-check")) {
      assertFalse(outline.contains("/learn/empathy-and-safety/" + elsewhere + "\""), elsewhere);
    }
    assertTrue(
        outline.contains("/course/empathy-and-safety#module-practising-empathy\""),
        "the middle module is one line, linking to its place on the course page");
    assertTrue(outline.contains("/course/empathy-and-safety#module-whats-next\""), "and the last");
    assertTrue(outline.contains("5 lessons"), "with its count");
  }

  @Test
  void imagesBesideTheLessonAreServedByTheirPathInTheCourseWithTheSameAccessRules()
      throws Exception {
    HttpResponse<String> lesson = get("/learn/assets-demo/a-picture");
    assertTrue(
        lesson.body().contains("src=\"../../assets/assets-demo/01-pictures/fig/calm%20pixel.png\""),
        "an image in a folder beside the lesson keeps its path in the course");
    HttpResponse<byte[]> beside = getBytes("/assets/assets-demo/01-pictures/fig/calm%20pixel.png");
    assertEquals(200, beside.statusCode(), "a preview lesson's image is public");
    assertEquals("image/png", beside.headers().firstValue("Content-Type").orElse(""));

    String accented = "/assets/assets-demo/01-pictures/%C3%A9motions.png";
    assertEquals(404, getBytes(accented).statusCode(), "a members-only image, whatever its name");
    HttpResponse<byte[]> member = getBytes(accented, "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, member.statusCode(), "someone who may open the lesson gets it");
    assertEquals("no-store", member.headers().firstValue("Cache-Control").orElse(""));
  }

  private HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/assets-demo/course.yaml",
        "/assets/assets-demo/%2e%2e/course.yaml",
        "/assets/assets-demo/%2E%2E%2Fcourse.yaml",
        "/assets/assets-demo/%252e%252e%252fcourse.yaml",
        "/assets/assets-demo/..%2F01-pictures%2F01-a-picture.md",
        "/assets/..%2F..%2Fpom.xml",
        "/assets/no-such-course/pixel.png",
        "/assets/assets-demo/pixel.png%00.txt",
        "/WEB-INF/web.xml",
        "/WEB-INF/templates/page.xhtml",
      })
  void pathsOutsideAssetsAndInternalsAreNotFound(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertTrue(
        response.statusCode() == 404 || response.statusCode() == 400,
        path + " answered " + response.statusCode());
    assertFalse(response.body().contains("title: Assets demo"), "no file content leaks");
  }

  @Test
  void whileHearthStartsNothingButHearthAnswers() throws Exception {
    StartUpProbe.Seen startUp = SharedHearth.startUp();
    assertTrue(startUp.attempts() > 0, "the home page was asked for while Hearth started");
    assertEquals(
        List.of(),
        startUp.foreignAnswers(),
        "answers that did not come from Hearth (Payara's own pages) while it started");
  }

  @Test
  void pagesCarrySecurityHeadersAndErrorsExposeNoInternals() throws Exception {
    HttpResponse<String> page = get("/course/empathy-and-safety");
    assertEquals(200, page.statusCode());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
    ScriptNonces.checked(page);

    HttpResponse<String> missing = get("/course/no-such-course");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("We couldn't find that page"));
    for (String internal :
        new String[] {"Exception:", "Caused by", "at org.", ".java:", "Payara", "EclipseLink"}) {
      assertFalse(missing.body().contains(internal), "404 page mentions " + internal);
    }
  }

  /**
   * Pages, redirects, refusals and errors all carry the same policy: scripts only from Hearth or
   * with this response's nonce, images only from Hearth, no framing, forms only to Hearth.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/course/empathy-and-safety",
        "/signin",
        "/my-learning",
        "/api/me/export",
        "/course/no-such-course",
        "/assets/assets-demo/pixel.png",
        "/jakarta.faces.resource/js/quick-exit.js.xhtml?ln=hearth"
      })
  void everyKindOfResponseCarriesTheContentSecurityPolicy(String path) throws Exception {
    HttpResponse<String> response = get(path);
    String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
    for (String directive :
        List.of(
            "default-src 'self'",
            "img-src 'self' data:",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "object-src 'none'",
            "base-uri 'none'")) {
      assertTrue(
          policy.contains(directive),
          path + " (" + response.statusCode() + ") lacks " + directive + ": " + policy);
    }
    assertEquals(
        "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
    assertFalse(
        policy.matches(".*script-src[^;]*unsafe-inline.*"),
        "no inline script runs without the nonce: " + policy);
  }

  /** A flash cookie another node (or anyone) wrote once made Mojarra answer a redirect with 500. */
  @Test
  void aFlashCookieHearthCannotReadChangesNothing() throws Exception {
    HttpResponse<String> turnedAway =
        get(
            "/learn/empathy-and-safety/safety-comes-first",
            "Cookie",
            "csfcfc=1_2_3_from-another-jvm");
    assertEquals(302, turnedAway.statusCode(), turnedAway.body());
    assertTrue(
        turnedAway
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("/course/empathy-and-safety"));

    HttpResponse<String> page = get("/course/empathy-and-safety", "Cookie", "csfcfc=garbage");
    assertEquals(200, page.statusCode());
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
    String cookie = get("/signin").headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.startsWith("JSESSIONID="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    // Over HTTP/1.1 Payara's listener writes "SameSite=Lax" twice (over h2c it wrote it once, which
    // is how this once read "exactly once"); browsers take the last, so what matters is that every
    // SameSite the cookie carries says Lax.
    java.util.regex.Matcher sameSite =
        java.util.regex.Pattern.compile("SameSite=([A-Za-z]+)").matcher(cookie);
    java.util.List<String> values = new java.util.ArrayList<>();
    while (sameSite.find()) {
      values.add(sameSite.group(1));
    }
    assertFalse(values.isEmpty(), "SameSite is set: " + cookie);
    assertTrue(values.stream().allMatch("Lax"::equals), "SameSite=Lax only: " + cookie);
  }

  @Test
  void aSignInPostedWithoutHearthsOwnPageIsShownTheFormAgain() throws Exception {
    String form =
        "signin=signin&signin%3Aemail="
            + ADMIN
            + "&signin%3Apassword="
            + ADMIN_PASSWORD
            + "&signin%3Asubmit=Sign+in";
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.toString().replaceAll("/$", "") + "/signin?next=%2Fmy-learning"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(302, forged.statusCode(), "a post with no session and no token signs nobody in");
    assertTrue(
        forged.headers().firstValue("Location").orElse("").endsWith("/signin?next=%2Fmy-learning"),
        forged.headers().toString());
    assertTrue(
        forged.headers().firstValue("Set-Cookie").isEmpty(),
        "no session was made for the forged sign-in");
  }

  /**
   * Sent over a plain socket, reading the answer while the body is still going out, as browsers and
   * curl do: the server answers before it has read a body it will not read.
   */
  @Test
  void aFormTooLargeToReadIsAnswered413() throws Exception {
    String cookie = get("/signin").headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    byte[] prefix = "signin%3Aemail=".getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = "Zo%C3%AB".repeat(8192).getBytes(StandardCharsets.US_ASCII);
    int chunks = 40; // 2.6 MB, over the container's 2 MB limit for a form
    long length = prefix.length + (long) chunks * chunk.length;
    URI uri = URI.create(base.toString());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + uri.getPath().replaceAll("/$", "")
                  + "/signin HTTP/1.1\r\nHost: "
                  + uri.getAuthority()
                  + "\r\nContent-Type: application/x-www-form-urlencoded\r\nCookie: "
                  + cookie
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Thread sender =
          new Thread(
              () -> {
                try {
                  out.write(prefix);
                  for (int i = 0; i < chunks; i++) {
                    out.write(chunk);
                  }
                } catch (IOException closedEarly) {
                  // the server answered and closed before taking it all: expected
                }
              });
      sender.setDaemon(true);
      sender.start();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
              .readLine();
      assertTrue(
          statusLine != null && statusLine.startsWith("HTTP/1.1 413"), "answered " + statusLine);
    }
  }

  @Test
  void autosaveRefusesABodyItDoesNotReadAndSaysWhatItTakes() throws Exception {
    for (String type : List.of("application/json", "text/plain", "application/xml")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base.toString().replaceAll("/$", "") + "/api/me/worksheets/1/answers"))
                  .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Zoë\""))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(415, response.statusCode(), type);
      assertTrue(response.body().contains("does not read a body of type " + type), response.body());
      assertTrue(response.body().contains("application/x-www-form-urlencoded"), response.body());
    }
  }

  @Test
  void neitherJerseysWadlNorPayarasMetricsArePublished() throws Exception {
    assertEquals(404, get("/api/application.wadl").statusCode());
    HttpResponse<String> metrics = get("/metrics");
    assertNotEquals(200, metrics.statusCode(), metrics.body());
    assertFalse(
        metrics.body().contains("connection_pool"), "no server figures for anyone who asks");
  }

  @Test
  void everyResponseGetsItsOwnNonce() throws Exception {
    assertNotEquals(ScriptNonces.checked(get("/signin")), ScriptNonces.checked(get("/signin")));
  }

  @Test
  void anonymousReadersShareCachedPagesButNobodyElseDoes() throws Exception {
    HttpResponse<String> first = get("/learn/empathy-and-safety/why-empathy");
    HttpResponse<String> second = get("/learn/empathy-and-safety/why-empathy");
    assertEquals(200, second.statusCode());
    assertTrue(
        second.headers().firstValue("Age").isPresent(),
        "the second reader within the second got the kept page (a stored response has an Age)");
    assertEquals(ScriptNonces.normalised(first.body()), ScriptNonces.normalised(second.body()));
    assertNotEquals(
        ScriptNonces.checked(first),
        ScriptNonces.checked(second),
        "a kept page gets a new nonce each time");
    assertTrue(
        second.headers().firstValue("Set-Cookie").isEmpty(), "an anonymous reader gets no session");
    assertEquals(
        "no-referrer",
        second.headers().firstValue("Referrer-Policy").orElse(""),
        "cached pages keep their headers");

    HttpResponse<String> signedIn =
        get("/learn/empathy-and-safety/why-empathy", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, signedIn.statusCode());
    assertTrue(signedIn.headers().firstValue("Age").isEmpty(), "rendered for them, not kept");
    assertTrue(
        signedIn.body().contains("Sign out"),
        "a signed-in reader gets their own page, not the anonymous one");
    assertFalse(
        get("/learn/empathy-and-safety/why-empathy").body().contains("Sign out"),
        "and it is never served to others");
  }

  @Test
  void healthReportsDatabaseAndContent() throws Exception {
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base.getProtocol()
                            + "://"
                            + base.getHost()
                            + ":"
                            + base.getPort()
                            + "/health/ready"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\":\"up\""), ready.body());
    assertTrue(ready.body().contains("\"content\":\"imported\""), ready.body());
  }

  @Test
  void administrationNeedsTheAdministrator() throws Exception {
    HttpResponse<String> anonymous = get("/admin/import");
    assertEquals(302, anonymous.statusCode(), "a person is sent to sign in");
    assertTrue(
        anonymous
            .headers()
            .firstValue("Location")
            .orElse("")
            .contains("/signin?next=%2Fadmin%2Fimport"));
    assertEquals(
        401, get("/admin/import", "Authorization", basic(ADMIN, "wrong password")).statusCode());
    assertEquals(401, post("/api/admin/content/import").statusCode());

    HttpResponse<String> report =
        get("/admin/import", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, report.statusCode());
    assertTrue(
        report.body().contains("empathy-and-safety"), "the report lists the imported course");

    HttpResponse<String> reimport =
        post("/api/admin/content/import", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, reimport.statusCode(), reimport.body());
    assertTrue(
        reimport.body().contains("\"status\":\"UNCHANGED\""),
        "an unchanged folder is skipped: " + reimport.body());
  }
}
