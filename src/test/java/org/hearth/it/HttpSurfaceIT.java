package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Hearth answers over HTTP: assets, headers, errors, health and the administration guard. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpSurfaceIT {

  private static final String ADMIN = System.getenv().getOrDefault("HEARTH_ADMIN_EMAIL", "admin@hearth.test");
  private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("HEARTH_ADMIN_PASSWORD", "integration-test-admin");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.hearth();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void lessonImagesAreServedFromTheCourseAssetsWithTheirContentType() throws Exception {
    HttpResponse<String> lesson = get("/learn/assets-demo/a-picture");
    assertEquals(200, lesson.statusCode());
    assertTrue(lesson.body().contains("src=\"../../assets/assets-demo/pixel.png\""), "the relative image link was rewritten");

    HttpResponse<byte[]> image = http.send(
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/assets/assets-demo/pixel.png")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode());
    assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals((byte) 0x89, image.body()[0], "PNG bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {
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
    assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " answered " + response.statusCode());
    assertFalse(response.body().contains("title: Assets demo"), "no file content leaks");
  }

  @Test
  void pagesCarrySecurityHeadersAndErrorsExposeNoInternals() throws Exception {
    HttpResponse<String> page = get("/course/empathy-and-safety");
    assertEquals(200, page.statusCode());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));

    HttpResponse<String> missing = get("/course/no-such-course");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("We couldn't find that page"));
    for (String internal : new String[] {"Exception:", "Caused by", "at org.", ".java:", "Payara", "EclipseLink"}) {
      assertFalse(missing.body().contains(internal), "404 page mentions " + internal);
    }
  }

  @Test
  void anonymousReadersShareCachedPagesButNobodyElseDoes() throws Exception {
    HttpResponse<String> first = get("/learn/empathy-and-safety/why-empathy");
    HttpResponse<String> second = get("/learn/empathy-and-safety/why-empathy");
    assertEquals(200, second.statusCode());
    assertEquals(first.body(), second.body());
    assertTrue(second.headers().firstValue("Set-Cookie").isEmpty(), "an anonymous reader gets no session");
    assertEquals("no-referrer", second.headers().firstValue("Referrer-Policy").orElse(""), "cached pages keep their headers");

    HttpResponse<String> signedIn = get("/learn/empathy-and-safety/why-empathy", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, signedIn.statusCode());
    assertTrue(signedIn.body().contains("Sign out"), "a signed-in reader gets their own page, not the anonymous one");
    assertFalse(get("/learn/empathy-and-safety/why-empathy").body().contains("Sign out"), "and it is never served to others");
  }

  @Test
  void healthReportsDatabaseAndContent() throws Exception {
    HttpResponse<String> ready = http.send(
        HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\":\"up\""), ready.body());
    assertTrue(ready.body().contains("\"content\":\"imported\""), ready.body());
  }

  @Test
  void administrationNeedsTheAdministrator() throws Exception {
    HttpResponse<String> anonymous = get("/admin/import");
    assertEquals(302, anonymous.statusCode(), "a person is sent to sign in");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/signin?next=%2Fadmin%2Fimport"));
    assertEquals(401, get("/admin/import", "Authorization", basic(ADMIN, "wrong password")).statusCode());
    assertEquals(401, post("/api/admin/content/import").statusCode());

    HttpResponse<String> report = get("/admin/import", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, report.statusCode());
    assertTrue(report.body().contains("empathy-and-safety"), "the report lists the imported course");

    HttpResponse<String> reimport = post("/api/admin/content/import", "Authorization", basic(ADMIN, ADMIN_PASSWORD));
    assertEquals(200, reimport.statusCode(), reimport.body());
    assertTrue(reimport.body().contains("\"status\":\"UNCHANGED\""), "an unchanged folder is skipped: " + reimport.body());
  }
}
