package org.hearth.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Payara Micro process running Hearth, as tests start it outside Arquillian (the shared server
 * of the black-box tests, the members of the cluster test): its HTTP port, its log, and what it has
 * said so far — ready once Payara reports Hearth deployed, clustered once its data grid holds two
 * members.
 */
record MicroNode(
    String name,
    int port,
    Path log,
    Process process,
    CompletableFuture<Void> ready,
    CompletableFuture<Void> clustered) {

  /** Starts {@code command} (a Payara Micro command line) and follows what it prints. */
  static MicroNode start(String name, int port, Path log, ProcessBuilder command)
      throws IOException {
    MicroNode node =
        new MicroNode(
            name,
            port,
            log,
            command.redirectErrorStream(true).start(),
            new CompletableFuture<>(),
            new CompletableFuture<>());
    node.follow();
    return node;
  }

  URL url() {
    return url(port);
  }

  /** The loopback address of {@code port}. */
  static URL url(int port) {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists: a fresh start for a test's files. */
  static void clear(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /**
   * Waits for Payara to say Hearth is deployed, then checks that Hearth's own readiness check
   * answers UP (Payara answers UP before Hearth is deployed, with no checks yet).
   */
  void awaitReady(Duration longest) throws Exception {
    try {
      ready.get(longest.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          name + " was not ready within " + longest.toMinutes() + " minutes; see " + log);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(url() + "health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (health.statusCode() != 200 || !health.body().contains("hearth-database-and-content")) {
      throw new IllegalStateException(
          name
              + " said it was ready, but /health/ready answered "
              + health.statusCode()
              + ": "
              + health.body());
    }
  }

  /** Asks the process to stop, and kills it if it has not within 30 seconds. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The JVM options the build gives every Payara Micro of the tests (pom.xml {@code
   * hearth.test.payara.jvm}, passed as {@code payara.cmdOptions}, which Arquillian's container
   * reads too).
   */
  static List<String> testJvmOptions() {
    String options = System.getProperty("payara.cmdOptions", "").trim();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Copies the output to the log and completes the futures as Payara reports each step. */
  private void follow() {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                      new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
                  Writer out = Files.newBufferedWriter(log, UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  out.write(line);
                  out.write('\n');
                  out.flush();
                  if (line.contains("Payara Micro") && line.contains(" ready in ")) {
                    ready.complete(null);
                  } else if (line.contains("DG Size: 2")) {
                    clustered.complete(null);
                  }
                }
              } catch (IOException e) {
                // The process ended.
              }
              IllegalStateException stopped =
                  new IllegalStateException(name + " stopped; see " + log);
              ready.completeExceptionally(stopped);
              clustered.completeExceptionally(stopped);
            },
            name + "-output");
    reader.setDaemon(true);
    reader.start();
  }
}
