package org.hearth.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks a starting Hearth for its home page, again and again, until it is ready, and keeps every
 * answer that did not come from Hearth (no Content-Security-Policy, which Hearth sets on every
 * response): what a reader or a load balancer would have seen while the server started. A closed
 * port is what a starting server should show; Payara's own 404 page or an empty 500 is not.
 */
final class StartUpProbe {

  private final List<String> foreignAnswers = new CopyOnWriteArrayList<>();
  private final AtomicInteger attempts = new AtomicInteger();
  private final Thread thread;

  private StartUpProbe(URL home, CompletableFuture<Void> ready) {
    thread = new Thread(() -> probe(home, ready), "start-up-probe");
    thread.setDaemon(true);
  }

  /** Starts probing {@code home} until {@code ready} completes. */
  static StartUpProbe start(URL home, CompletableFuture<Void> ready) {
    StartUpProbe probe = new StartUpProbe(home, ready);
    probe.thread.start();
    return probe;
  }

  /** Waits for the probe to notice readiness, and says what it saw. */
  Seen seen() throws InterruptedException {
    thread.join(Duration.ofSeconds(10).toMillis());
    return new Seen(attempts.get(), List.copyOf(foreignAnswers));
  }

  /**
   * How many requests were tried, and each answer that was not Hearth's (status and body start).
   */
  record Seen(int attempts, List<String> foreignAnswers) {}

  private void probe(URL home, CompletableFuture<Void> ready) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(home.toString())).timeout(Duration.ofSeconds(5)).build();
    while (!ready.isDone()) {
      attempts.incrementAndGet();
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.headers().firstValue("Content-Security-Policy").isEmpty()) {
          String body = answer.body();
          foreignAnswers.add(
              answer.statusCode() + " " + body.substring(0, Math.min(120, body.length())));
        }
      } catch (IOException e) {
        pause(ready);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A closed port refuses at once: ask again a tenth of a second later, or once ready. */
  private static void pause(CompletableFuture<Void> ready) {
    try {
      ready.get(100, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // not ready yet: time to ask again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
