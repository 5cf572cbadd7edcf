package org.hearth.it;

import static org.hearth.it.AuthorizationMatrixIT.basic;
import static org.hearth.it.AuthorizationMatrixIT.location;
import static org.hearth.it.AuthorizationMatrixIT.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.it.AuthorizationMatrixIT.Browser;
import org.hearth.it.LocalCluster.Exchange;
import org.hearth.it.PageForms.Form;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Hearth as the README's scaling section runs it: two Payara Micro nodes clustered through
 * Hazelcast behind nginx round-robin without stickiness, so consecutive requests of one person go
 * to different nodes, and one shared database ({@link LocalCluster}). A publish on one node is read
 * on the other at once; a learner's whole journey works with every request alternating nodes, and
 * goes on without signing in again after one node is killed with SIGKILL. Nothing answers 5xx,
 * nothing of the learner's own answers 403, every acknowledged write is stored once, and the
 * one-off messages after a redirect are shown by whichever node serves the next page.
 */
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {

  private static final String COURSE = "empathy-and-safety";
  private static final String NAME = "Zoë Ångström-Nguyễn 王秀英";

  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = LocalCluster.start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void aPublishOnOneNodeIsReadOnTheOtherAtOnce() throws Exception {
    MicroNode first = cluster.nodes().get(0);
    MicroNode second = cluster.nodes().get(1);
    Browser admin = new Browser(first.url(), true);
    assertEquals(
        200,
        admin
            .get(
                "/my-learning",
                "Authorization",
                basic(LocalCluster.ADMIN, LocalCluster.ADMIN_PASSWORD))
            .statusCode());
    String slug =
        Steps.createCourse(admin, "Kept in step " + UUID.randomUUID().toString().substring(0, 6));
    String itemEditor = Steps.addModuleWithLesson(admin, slug, "Αρχή");

    writeLesson(admin, itemEditor, "First words — «one»");
    Steps.publish(admin, slug);
    String lesson =
        Steps.find(
            admin.get("/course/" + slug).body(),
            "/learn/" + Pattern.quote(slug) + "/([a-z0-9-]+)",
            1);
    String address = "/learn/" + slug + "/" + lesson;
    // Signed-in readers, one per node: their pages are checked against the course's revision on
    // every request. (Anonymous readers share a page for up to HEARTH_PAGE_CACHE_MILLIS, one
    // second,
    // on every node alike; see the README.)
    Map<MicroNode, Browser> readers = new LinkedHashMap<>();
    for (MicroNode node : cluster.nodes()) {
      Browser reader = new Browser(node.url(), true);
      assertEquals(
          200,
          reader
              .get(
                  "/my-learning",
                  "Authorization",
                  basic(LocalCluster.ADMIN, LocalCluster.ADMIN_PASSWORD))
              .statusCode());
      readers.put(node, reader);
    }
    assertEquals(
        "First words — «one»",
        title(readers.get(second).get(address)),
        "the other node reads the publish");

    writeLesson(admin, itemEditor, "Second words — “two”");
    Steps.publish(admin, slug);
    for (MicroNode node : cluster.nodes()) {
      assertEquals(
          "Second words — “two”",
          title(readers.get(node).get(address)),
          node.name() + " shows the new version as soon as the publish answered");
    }
  }

  @Test
  @Order(2)
  void aLearnersJourneyAlternatesNodesAndGoesOnAfterOneIsKilled() throws Exception {
    Browser learner = new Browser(cluster.balancer(), true);
    String email = "cluster-" + UUID.randomUUID() + "@example.test";
    HttpResponse<String> registered = Steps.register(learner, NAME, email);
    assertEquals(302, registered.statusCode(), () -> messages(registered.body()));
    String home = node(registered);
    assertEquals(200, get(learner, "/my-learning").statusCode(), "My learning, on whichever node");

    HttpResponse<String> enrolled = Steps.enrol(learner, COURSE);
    assertEquals(302, enrolled.statusCode(), () -> messages(enrolled.body()));
    String firstLesson = path(location(enrolled));
    HttpResponse<String> landed = get(learner, firstLesson);
    assertTrue(
        PageForms.decode(landed.body()).contains("You're enrolled."),
        () -> "the one-off message: " + messages(landed.body()));

    HttpResponse<String> done = Steps.markDone(learner, firstLesson);
    HttpResponse<String> next = get(learner, path(location(done)));
    assertTrue(
        PageForms.decode(next.body()).contains("Marked as complete."),
        () -> "the one-off message: " + messages(next.body()));

    String worksheet = "/learn/" + COURSE + "/regulation-practice-log";
    String page = get(learner, worksheet).body();
    Form form = PageForms.form(page, "worksheet");
    String item = Steps.find(page, "data-autosave=\"[^\"]*/api/me/worksheets/(\\d+)/answers\"", 1);
    String field =
        Steps.find(form.html(), "<input type=\"text\" id=\"[^\"]+\" name=\"([^\"]+)\"", 1);
    String answer = "Breathwork with Siobhán — «calmer» 🌿";
    HttpResponse<String> autosaved =
        learner.post(
            "/api/me/worksheets/" + item + "/answers",
            Map.of(field, answer),
            "X-Hearth-CSRF",
            form.fields().get("hearth_csrf"));
    assertEquals(200, autosaved.statusCode(), autosaved.body());
    List<Exchange> beforeKill = cluster.exchanges();
    assertTrue(
        alternating(beforeKill),
        () -> "each request went to the other node than the one before: " + beforeKill);

    MicroNode killed =
        cluster.nodes().stream().filter(n -> n.name().equals(home)).findFirst().orElseThrow();
    cluster.kill(killed);

    String quiz = "/learn/" + COURSE + "/check-safety-first";
    HttpResponse<String> quizPage = get(learner, quiz);
    assertEquals(200, quizPage.statusCode(), "still signed in after " + home + " died");
    Form paper = PageForms.form(quizPage.body(), "quiz");
    Map<String, String> answers = paper.pressing("Submit answers");
    answers.putAll(firstChoices(paper.html()));
    HttpResponse<String> submitted = learner.post(paper.action(), answers);
    if (submitted.statusCode() == 200) {
      Form again = PageForms.form(submitted.body(), "quiz");
      submitted = learner.post(again.action(), again.pressing("Submit anyway"));
    }
    HttpResponse<String> graded = submitted;
    assertEquals(302, graded.statusCode(), () -> messages(graded.body()));
    assertEquals(200, get(learner, path(location(graded)).replaceFirst("#.*", "")).statusCode());

    String myLearning = PageForms.decode(get(learner, "/my-learning").body());
    assertTrue(
        myLearning.contains("Empathy and Safety After Betrayal"), "My learning names the course");
    JsonObject export = json(get(learner, "/api/me/export"));
    assertEquals(NAME, export.getJsonObject("account").getString("displayName"));
    assertEquals(1, export.getJsonArray("enrolments").size(), "enrolled once");
    assertEquals(
        1, export.getJsonArray("completedLessons").size(), "the lesson marked complete, once");
    assertEquals(1, export.getJsonArray("quizAttempts").size(), "the quiz submitted, stored once");
    Map<String, String> stored = new LinkedHashMap<>();
    export
        .getJsonArray("worksheetAnswers")
        .getValuesAs(JsonObject.class)
        .forEach(a -> stored.put(a.getString("field"), a.getString("answer")));
    assertEquals(
        answer,
        stored.values().stream().filter(answer::equals).findFirst().orElse(null),
        "the autosaved answer, exactly");

    List<Exchange> journey = cluster.exchanges();
    List<Exchange> afterKill = journey.subList(beforeKill.size(), journey.size());
    assertTrue(
        afterKill.stream().allMatch(e -> e.servedBy().equals(other(home))),
        () -> "the survivor served the rest: " + afterKill);
    List<Exchange> failed =
        journey.stream()
            .filter(e -> e.status() >= 500 || e.status() == 403 || e.status() == 401)
            .toList();
    assertTrue(failed.isEmpty(), () -> "no 5xx, 401 or 403 in the journey: " + failed);
    String survivorLog =
        LocalCluster.log(
            cluster.nodes().stream().filter(n -> !n.name().equals(home)).findFirst().orElseThrow());
    assertFalse(
        survivorLog.contains("NotSerializableException"), "every session attribute replicates");
  }

  private static void writeLesson(Browser admin, String itemEditor, String title) throws Exception {
    Form lesson = PageForms.form(admin.get(itemEditor).body(), "editor");
    Map<String, String> fields = lesson.pressing("Save draft");
    fields.put("title", title);
    fields.put("text", "Words from one node, read on the other.\n");
    fields.put("preview", "true");
    HttpResponse<String> saved = admin.post(lesson.action(), fields);
    assertTrue(
        saved.statusCode() == 302 || saved.statusCode() == 200,
        () -> "saved: " + messages(saved.body()));
  }

  private static String title(HttpResponse<String> page) {
    assertEquals(200, page.statusCode());
    return PageForms.text(page.body(), "h1").strip();
  }

  /** For each question of the paper, its first option ticked. */
  private static Map<String, String> firstChoices(String html) {
    Map<String, String> choices = new LinkedHashMap<>();
    Matcher option =
        Pattern.compile(
                "<input type=\"(?:radio|checkbox)\" id=\"[^\"]+\""
                    + " name=\"([^\"]+)\"\\s+value=\"([^\"]+)\"")
            .matcher(html);
    while (option.find()) {
      choices.putIfAbsent(option.group(1), option.group(2));
    }
    return choices;
  }

  private static HttpResponse<String> get(Browser browser, String path) throws Exception {
    HttpResponse<String> response = browser.get(path);
    assertTrue(
        response.statusCode() < 500,
        () -> "GET " + path + " answered " + response.statusCode() + " through the balancer");
    return response;
  }

  /**
   * The node that served a response through the balancer, which names the upstream it used last.
   */
  private static String node(HttpResponse<?> response) {
    String upstream = response.headers().firstValue("X-Upstream").orElse("");
    String last = upstream.replaceFirst(".*[, ]", "");
    return cluster.nodes().stream()
        .filter(n -> last.endsWith(":" + n.port()))
        .map(MicroNode::name)
        .findFirst()
        .orElse(upstream);
  }

  private static String other(String node) {
    return node.equals("node-1") ? "node-2" : "node-1";
  }

  /** Round-robin without stickiness: every request lands on the other node than the one before. */
  private static boolean alternating(List<Exchange> exchanges) {
    for (int i = 1; i < exchanges.size(); i++) {
      if (exchanges.get(i).servedBy().equals(exchanges.get(i - 1).servedBy())) {
        return false;
      }
    }
    return exchanges.size() > 4;
  }

  private static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertEquals(200, response.statusCode());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
