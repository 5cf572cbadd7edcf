import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many learners at once, doing what learners do, then every acknowledged write looked up in the
 * database. Used by bench/reliability.sh; run on its own with
 *
 * <pre>
 * java -cp mysql-connector-j.jar bench/LearnerLoad.java BASE_URL LEARNERS SECONDS JDBC_URL USER PASSWORD [EVENTS_FILE]
 * </pre>
 *
 * Each learner registers, enrols in the empathy course, and then, until the time is up, reads a
 * random lesson (half the time), marks one complete, autosaves a worksheet answer with a value
 * never sent before, or submits the first module's quiz. A write is acknowledged when Hearth
 * answers as it does on success (302 after a form, 200 after an autosave); anything else (an error,
 * a timeout, a refused connection) leaves it in doubt: it may or may not be stored. A learner whose
 * session is gone (a restarted single node) signs in again, as a person would.
 *
 * <p>Afterwards: lost = acknowledged writes not in the database; duplicates = quiz attempts stored
 * beyond the submissions sent. EVENTS_FILE, written by the caller, holds lines "down MILLIS" and
 * "up MILLIS" (epoch milliseconds) around an outage; 5xx answers are counted inside and outside it,
 * and recovery is the time from "up" to the first acknowledged write after it.
 */
public class LearnerLoad {

  static final String COURSE = "empathy-and-safety";
  static final List<String> LESSONS =
      List.of(
          "why-empathy",
          "safety-comes-first",
          "your-inner-survivor",
          "your-inner-sage",
          "how-can-you-have-empathy",
          "what-you-discover");
  static final String WORKSHEET = "regulation-practice-log";
  static final String QUIZ = "check-safety-first";
  static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  /** One answer; a 503 that came with Retry-After (Hearth saying it is busy) is counted apart. */
  record Request(long at, String action, int status, boolean retryAfter) {
    boolean serverError() {
      return status >= 500 && !(status == 503 && retryAfter);
    }
  }

  record Write(
      String email, String kind, String key, String value, long at, boolean acknowledged) {}

  final String base;
  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
  final Map<String, Integer> signIns = new ConcurrentHashMap<>();
  final AtomicLong sequence = new AtomicLong();

  LearnerLoad(String base) {
    this.base = base.replaceAll("/$", "");
  }

  public static void main(String[] args) throws Exception {
    LearnerLoad load = new LearnerLoad(args[0]);
    int learners = Integer.parseInt(args[1]);
    long until = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
    CountDownLatch done = new CountDownLatch(learners);
    for (int i = 0; i < learners; i++) {
      int number = i;
      Thread thread =
          new Thread(
              () -> {
                try {
                  load.new Learner(number).run(until);
                } finally {
                  done.countDown();
                }
              });
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    load.report(args[3], args[4], args[5], args.length > 6 ? Path.of(args[6]) : null);
  }

  /**
   * One learner's browser: its own cookies, no redirects followed, like a browser without scripts.
   */
  final class Learner {
    final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final String email;
    final String password;
    final Random random;

    Learner(int number) {
      email =
          "load-"
              + number
              + "-"
              + ProcessHandle.current().pid()
              + "-"
              + System.nanoTime()
              + "@bench.example";
      password = "load learner password " + number;
      random = new Random(number);
    }

    void run(long until) {
      while (System.currentTimeMillis() < until && !setUp()) {
        pause();
      }
      while (System.currentTimeMillis() < until) {
        int dice = random.nextInt(100);
        try {
          if (dice < 50) {
            view("/learn/" + COURSE + "/" + LESSONS.get(random.nextInt(LESSONS.size())));
          } else if (dice < 65) {
            complete(LESSONS.get(random.nextInt(LESSONS.size())));
          } else if (dice < 95) {
            autosave();
          } else {
            submitQuiz();
          }
        } catch (IOException e) {
          pause();
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Registers and enrols; true once both are done. */
    boolean setUp() {
      try {
        String page = send("register-page", get("/register")).body();
        Map<String, String> form = hidden(page, "register");
        form.put("register:displayName", "Lönnrot Ἀθηνᾶ " + email.hashCode());
        form.put("register:email", email);
        form.put("register:password", password);
        form.put("register:submit", "Create my account");
        HttpResponse<String> registered = send("register", post("/register", form, Map.of()));
        if (registered.statusCode() == 503) {
          return false; // send() waited as Retry-After said
        }
        if (registered.statusCode() == 200) {
          Matcher message =
              Pattern.compile("class=\"[^\"]*(?:error|message)[^\"]*\"[^>]*>([^<]{3,200})")
                  .matcher(registered.body());
          System.err.println(
              "registration answered 200: "
                  + (message.find()
                      ? message.group(1)
                      : registered.body().substring(0, Math.min(300, registered.body().length()))));
        }
        if (registered.statusCode() != 302 && !signIn()) {
          return false;
        }
        String course = send("course-page", get("/course/" + COURSE)).body();
        if (course.contains("id=\"enrol\"")) {
          Map<String, String> enrol = hidden(course, "enrol");
          enrol.put("enrol:enrolButton", "Enrol in this course");
          return send("enrol", post("/course/" + COURSE, enrol, Map.of())).statusCode() == 302;
        }
        return course.contains("Continue") || course.contains("Leave this course");
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }

    /** Signs in through the form, as a person whose session ended would. */
    boolean signIn() throws IOException, InterruptedException {
      String page = send("signin-page", get("/signin")).body();
      Map<String, String> form = hidden(page, "signin");
      if (form.isEmpty()) {
        return false;
      }
      form.put("signin:email", email);
      form.put("signin:password", password);
      form.put("signin:submit", "Sign in");
      HttpResponse<String> answer = send("signin", post("/signin", form, Map.of()));
      if (answer.body().contains("very busy")) {
        Thread.sleep(5000); // the page says to try again in a few seconds
      }
      boolean in = answer.statusCode() == 302;
      if (in) {
        signIns.merge(email, 1, Integer::sum);
      }
      return in;
    }

    /** A page of the learner's; signs in again first if Hearth asks them to. */
    HttpResponse<String> page(String action, String path) throws IOException, InterruptedException {
      HttpResponse<String> response = send(action, get(path));
      // Signed out (a restarted single node keeps sessions in memory only): Hearth sends a lesson's
      // reader to sign-in or to the course page; a person signs in again and goes back.
      if (response.statusCode() == 302 && signIn()) {
        response = send(action, get(path));
      }
      return response;
    }

    void view(String path) throws IOException, InterruptedException {
      page("view", path);
    }

    void complete(String lesson) throws IOException, InterruptedException {
      String path = "/learn/" + COURSE + "/" + lesson;
      HttpResponse<String> page = page("complete-page", path);
      Map<String, String> form = hidden(page.body(), "complete");
      String button = button(page.body(), "complete", "Mark as complete");
      if (page.statusCode() != 200 || button == null) {
        return; // already complete, or the page did not come
      }
      form.put(button, "Mark as complete");
      write("completion", lesson, "", () -> post(path, form, Map.of()), 302);
    }

    void autosave() throws IOException, InterruptedException {
      String path = "/learn/" + COURSE + "/" + WORKSHEET;
      HttpResponse<String> page = page("worksheet-page", path);
      Matcher item = Pattern.compile("/api/me/worksheets/(\\d+)/answers\"").matcher(page.body());
      Matcher field =
          Pattern.compile("<input type=\"text\" id=\"[^\"]+\" name=\"([^\"]+)\"")
              .matcher(page.body());
      Map<String, String> form = hidden(page.body(), "worksheet");
      if (page.statusCode() != 200 || !item.find() || !form.containsKey("hearth_csrf")) {
        return;
      }
      List<String> fields = new ArrayList<>();
      while (field.find()) {
        fields.add(field.group(1));
      }
      String name = fields.get(random.nextInt(Math.min(fields.size(), 7)));
      String value = "«answer " + sequence.incrementAndGet() + "» — Zoë 🌿";
      write(
          "answer",
          item.group(1) + "/" + name,
          value,
          () ->
              post(
                  "/api/me/worksheets/" + item.group(1) + "/answers",
                  Map.of(name, value),
                  Map.of("X-Hearth-CSRF", form.get("hearth_csrf"))),
          200);
    }

    void submitQuiz() throws IOException, InterruptedException {
      String path = "/learn/" + COURSE + "/" + QUIZ;
      HttpResponse<String> page = page("quiz-page", path);
      Map<String, String> form = hidden(page.body(), "quiz");
      String button = button(page.body(), "quiz", "Submit answers");
      if (page.statusCode() != 200 || button == null) {
        return;
      }
      form.put(button, "Submit answers");
      Matcher option =
          Pattern.compile(
                  "<input type=\"(?:radio|checkbox)\" id=\"[^\"]+\""
                      + " name=\"([^\"]+)\"\\s+value=\"([^\"]+)\"")
              .matcher(page.body());
      while (option.find()) {
        form.putIfAbsent(option.group(1), option.group(2));
      }
      long at = System.currentTimeMillis();
      HttpResponse<String> asked = send("attempt", post(path, form, Map.of()));
      String anyway = button(asked.body(), "quiz", "Submit anyway");
      if (asked.statusCode() == 200 && anyway != null) {
        Map<String, String> again = hidden(asked.body(), "quiz");
        again.put(anyway, "Submit anyway");
        write("attempt", QUIZ, "", () -> post(path, again, Map.of()), 302);
      } else {
        writes.add(new Write(email, "attempt", QUIZ, "", at, asked.statusCode() == 302));
      }
    }

    interface Call {
      HttpRequest request();
    }

    void write(String kind, String key, String value, Call call, int success)
        throws IOException, InterruptedException {
      long at = System.currentTimeMillis();
      int status;
      try {
        status = send(kind, call.request()).statusCode();
      } catch (IOException e) {
        writes.add(new Write(email, kind, key, value, at, false));
        throw e;
      }
      writes.add(new Write(email, kind, key, value, at, status == success));
    }

    HttpRequest get(String path) {
      return HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(20))
          .GET()
          .build();
    }

    HttpRequest post(String path, Map<String, String> form, Map<String, String> headers) {
      StringBuilder body = new StringBuilder();
      form.forEach(
          (k, v) ->
              body.append(body.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
      headers.forEach(request::header);
      return request.build();
    }

    HttpResponse<String> send(String action, HttpRequest request)
        throws IOException, InterruptedException {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
        requests.add(
            new Request(System.currentTimeMillis(), action, response.statusCode(), retryAfter));
        if (response.statusCode() == 503 && retryAfter) {
          waitAsTold(response);
        } else if (response.statusCode() >= 500 || response.statusCode() == 404) {
          pause(); // a starting server answers 404 until Hearth is deployed
        }
        return response;
      } catch (IOException e) {
        requests.add(new Request(System.currentTimeMillis(), action, -1, false));
        throw e;
      }
    }

    /**
     * Hearth said it is busy: come back when its Retry-After says, as a well-behaved client does.
     */
    void waitAsTold(HttpResponse<?> response) throws InterruptedException {
      Thread.sleep(
          1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
    }

    void pause() {
      try {
        Thread.sleep(200); // a person waits a moment before trying again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The hidden fields of the form with this id. */
  static Map<String, String> hidden(String page, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher form =
        Pattern.compile("<form id=\"" + formId + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
            .matcher(page);
    if (form.find()) {
      Matcher input = HIDDEN.matcher(form.group(1));
      while (input.find()) {
        fields.put(input.group(1), input.group(2).replace("&amp;", "&"));
      }
    }
    return fields;
  }

  /** The name of the submit button labelled {@code label} in the form with this id, or null. */
  static String button(String page, String formId, String label) {
    Matcher form =
        Pattern.compile("<form id=\"" + formId + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
            .matcher(page);
    if (form.find()) {
      Matcher submit =
          Pattern.compile("<input\\b[^>]*type=\"submit\"[^>]*>").matcher(form.group(1));
      while (submit.find()) {
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(submit.group());
        if (submit.group().contains("value=\"" + label + "\"") && name.find()) {
          return name.group(1);
        }
      }
    }
    return null;
  }

  void report(String jdbc, String user, String password, Path events) throws Exception {
    long down = Long.MAX_VALUE;
    long up = Long.MAX_VALUE;
    if (events != null && Files.exists(events)) {
      for (String line : Files.readAllLines(events)) {
        String[] parts = line.trim().split("\\s+");
        if (parts[0].equals("down")) {
          down = Long.parseLong(parts[1]);
        } else if (parts[0].equals("up")) {
          up = Long.parseLong(parts[1]);
        }
      }
    }
    List<Write> all = new ArrayList<>(writes);
    List<Request> sent = new ArrayList<>(requests);
    long acknowledged = all.stream().filter(Write::acknowledged).count();
    long lost = 0;
    long duplicates = 0;
    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      Map<String, List<Write>> byLearner = new LinkedHashMap<>();
      all.forEach(w -> byLearner.computeIfAbsent(w.email(), e -> new ArrayList<>()).add(w));
      for (Map.Entry<String, List<Write>> learner : byLearner.entrySet()) {
        long account = single(db, "SELECT id FROM account WHERE email = ?", learner.getKey());
        for (Write w : learner.getValue()) {
          if (w.acknowledged()
              && w.kind().equals("completion")
              && single(
                      db,
                      "SELECT COUNT(*) FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id"
                          + " WHERE c.account_id = ? AND l.slug = ?",
                      account,
                      w.key())
                  != 1) {
            lost++;
          }
        }
        lost += lostAnswers(db, account, learner.getValue());
        long sentAttempts =
            learner.getValue().stream().filter(w -> w.kind().equals("attempt")).count();
        long ackedAttempts =
            learner.getValue().stream()
                .filter(w -> w.kind().equals("attempt") && w.acknowledged())
                .count();
        long stored = single(db, "SELECT COUNT(*) FROM quiz_attempt WHERE account_id = ?", account);
        lost += Math.max(0, ackedAttempts - stored);
        duplicates += Math.max(0, stored - sentAttempts);
      }
    }
    long firstWriteAfterUp = Long.MAX_VALUE;
    for (Write w : all) {
      if (w.acknowledged() && w.at() >= up) {
        firstWriteAfterUp = Math.min(firstWriteAfterUp, w.at());
      }
    }
    long recoveredAt = firstWriteAfterUp;
    long outageStart = down;
    long serverErrorsOutside =
        sent.stream()
            .filter(r -> r.serverError() && (r.at() < outageStart || r.at() > recoveredAt))
            .count();
    long serverErrorsInside =
        sent.stream().filter(Request::serverError).count() - serverErrorsOutside;
    long busy = sent.stream().filter(r -> r.status() == 503 && r.retryAfter()).count();
    long refused = sent.stream().filter(r -> r.status() == -1).count();
    Map<String, Map<Integer, Integer>> statuses = new java.util.TreeMap<>();
    sent.forEach(
        r ->
            statuses
                .computeIfAbsent(r.action(), a -> new java.util.TreeMap<>())
                .merge(r.status(), 1, Integer::sum));
    System.out.println("answers by action (status=count, -1 = refused or timed out):");
    statuses.forEach((action, counts) -> System.out.println("  " + action + " " + counts));
    System.out.println();
    System.out.println(
        "requests: "
            + sent.size()
            + " ("
            + String.format("%.0f", sent.size() / seconds(sent))
            + "/s), refused or timed out: "
            + refused);
    System.out.println("learners signed in again: " + signIns.size());
    System.out.println(
        "writes sent: "
            + all.size()
            + ", acknowledged: "
            + acknowledged
            + ", in doubt: "
            + (all.size() - acknowledged));
    System.out.println("lost (acknowledged, not stored): " + lost);
    System.out.println("duplicates (stored beyond what was sent): " + duplicates);
    System.out.println(
        "5xx outside the outage: "
            + serverErrorsOutside
            + ", during it: "
            + serverErrorsInside
            + " (besides "
            + busy
            + " × 503 busy with Retry-After, waited out)");
    if (up != Long.MAX_VALUE) {
      System.out.println("answers after back up, by 2 s (status=count):");
      long from = up;
      for (int slot = 0; slot < 10; slot++) {
        long start = from + slot * 2000L;
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        sent.stream()
            .filter(r -> r.at() >= start && r.at() < start + 2000)
            .forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        long acked =
            all.stream()
                .filter(w -> w.acknowledged() && w.at() >= start && w.at() < start + 2000)
                .count();
        System.out.println("  +" + (slot * 2) + " s " + counts + ", writes acknowledged: " + acked);
      }
      System.out.println(
          "recovery (back up → first acknowledged write): "
              + (firstWriteAfterUp == Long.MAX_VALUE
                  ? "never"
                  : String.format("%.1f s", (firstWriteAfterUp - up) / 1000.0)));
    }
  }

  /**
   * Worksheet fields whose stored answer is neither the last acknowledged value nor one sent after
   * it.
   */
  static long lostAnswers(Connection db, long account, List<Write> writes) throws Exception {
    Map<String, List<Write>> byField = new LinkedHashMap<>();
    writes.stream()
        .filter(w -> w.kind().equals("answer"))
        .forEach(w -> byField.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(w));
    long lost = 0;
    for (Map.Entry<String, List<Write>> field : byField.entrySet()) {
      List<Write> sent = field.getValue();
      int lastAcked = -1;
      for (int i = 0; i < sent.size(); i++) {
        if (sent.get(i).acknowledged()) {
          lastAcked = i;
        }
      }
      if (lastAcked < 0) {
        continue;
      }
      String[] key = field.getKey().split("/", 2);
      String stored =
          text(
              db,
              "SELECT answer FROM worksheet_answer WHERE account_id = ? AND lesson_id = ? AND"
                  + " field_name = ?",
              account,
              Long.parseLong(key[0]),
              key[1].replaceFirst("^field-", ""));
      boolean kept = false;
      for (int i = lastAcked; i < sent.size(); i++) {
        kept |= sent.get(i).value().equals(stored);
      }
      lost += kept ? 0 : 1;
    }
    return lost;
  }

  static double seconds(List<Request> sent) {
    if (sent.size() < 2) {
      return 1;
    }
    long first = sent.stream().mapToLong(Request::at).min().orElse(0);
    long last = sent.stream().mapToLong(Request::at).max().orElse(1);
    return Math.max(1, (last - first) / 1000.0);
  }

  static long single(Connection db, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  static String text(Connection db, String sql, Object... values) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }
}
