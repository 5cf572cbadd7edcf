import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N people pressing "Create my account" at the same moment (each having opened the form first), as
 * bench/registration-storm.sh runs it: java bench/RegistrationStorm.java BASE_URL N. Prints how
 * each was answered (302 = registered and signed in; 503 = Hearth busy, with its Retry-After) and
 * the p50, p99 and longest time to that answer.
 */
public class RegistrationStorm {

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int people = Integer.parseInt(args[1]);
    List<long[]> answers = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> retryAfter = Collections.synchronizedMap(new TreeMap<>());
    CountDownLatch ready = new CountDownLatch(people);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(people);
    for (int i = 0; i < people; i++) {
      int number = i;
      new Thread(
              () -> {
                try {
                  HttpClient http =
                      HttpClient.newBuilder()
                          .version(HttpClient.Version.HTTP_1_1)
                          .cookieHandler(new CookieManager())
                          .followRedirects(HttpClient.Redirect.NEVER)
                          .build();
                  String page =
                      http.send(
                              HttpRequest.newBuilder(URI.create(base + "/register")).build(),
                              HttpResponse.BodyHandlers.ofString())
                          .body();
                  StringBuilder form = new StringBuilder();
                  Matcher hidden =
                      Pattern.compile(
                              "<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
                          .matcher(page);
                  while (hidden.find()) {
                    form.append(enc(hidden.group(1)))
                        .append('=')
                        .append(enc(hidden.group(2).replace("&amp;", "&")))
                        .append('&');
                  }
                  form.append("register:displayName=")
                      .append(enc("Storm " + number + " Ærøskøbing"))
                      .append("&register:email=")
                      .append(enc("storm-" + number + "-" + System.nanoTime() + "@bench.example"))
                      .append("&register:password=")
                      .append(enc("storm password " + number))
                      .append("&register:submit=")
                      .append(enc("Create my account"));
                  HttpRequest post =
                      HttpRequest.newBuilder(URI.create(base + "/register"))
                          .timeout(Duration.ofSeconds(120))
                          .header("Content-Type", "application/x-www-form-urlencoded")
                          .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                          .build();
                  ready.countDown();
                  go.await();
                  long start = System.nanoTime();
                  HttpResponse<String> answer =
                      http.send(post, HttpResponse.BodyHandlers.ofString());
                  answers.add(new long[] {answer.statusCode(), System.nanoTime() - start});
                  answer
                      .headers()
                      .firstValue("Retry-After")
                      .ifPresent(value -> retryAfter.merge(value, 1, Integer::sum));
                } catch (Exception e) {
                  answers.add(new long[] {-1, 0});
                  ready.countDown();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    ready.await();
    go.countDown();
    done.await();
    Map<Long, Integer> byStatus = new TreeMap<>();
    List<Long> times = new ArrayList<>();
    for (long[] answer : answers) {
      byStatus.merge(answer[0], 1, Integer::sum);
      times.add(answer[1] / 1_000_000);
    }
    Collections.sort(times);
    System.out.println(
        "registrations by answer (302 registered, 503 busy, -1 failed): " + byStatus);
    System.out.println("Retry-After values given: " + retryAfter);
    System.out.println(
        "registration time: p50 "
            + times.get(times.size() / 2)
            + " ms, p99 "
            + times.get((int) (times.size() * 0.99))
            + " ms, max "
            + times.get(times.size() - 1)
            + " ms");
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
