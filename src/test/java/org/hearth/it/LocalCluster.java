package org.hearth.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.h2.tools.Server;

/**
 * Two Hearth nodes on loopback, clustered through Payara's Hazelcast, with Debian's nginx in front
 * (round-robin, no stickiness) and one shared database: a fresh MariaDB/MySQL database beside the
 * one {@code HEARTH_TEST_DB_URL} names, or an H2 server started here when the tests use H2. It runs
 * the WAR and Payara Micro that Maven just built, as the README's scaling section says to, and
 * stops everything it started when closed. Logs are kept under {@code target/cluster/}.
 */
final class LocalCluster implements AutoCloseable {

  static final String ADMIN = "cluster-admin@hearth.test";
  static final String ADMIN_PASSWORD = "cluster admin password";

  private static final Path TARGET = Path.of("target");
  private static final Path HOME = TARGET.resolve("cluster");
  private static final Duration START_UP = Duration.ofMinutes(4);

  private final List<MicroNode> nodes = new ArrayList<>();
  private final List<AutoCloseable> toStop = new ArrayList<>();
  private final Database database;
  private Process nginx;
  private int balancerPort;

  /** Where the nodes' database is, and how to reach it from the test. */
  record Database(String url, String user, String password) {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  private LocalCluster(Database database, List<AutoCloseable> toStop) {
    this.database = database;
    this.toStop.addAll(toStop);
  }

  /**
   * Starts the database, two nodes at once (as an orchestrator would) and the balancer; waits until
   * all answer.
   */
  static LocalCluster start() throws Exception {
    String nginxBinary =
        nginx()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The cluster test needs Debian's nginx (apt-get install nginx-light);"
                            + " .ci/run installs it"));
    MicroNode.clear(HOME);
    Files.createDirectories(HOME);
    List<AutoCloseable> stops = new ArrayList<>();
    LocalCluster cluster = new LocalCluster(database(stops), stops);
    try {
      int[] hazelcast = {MicroNode.freePort(), MicroNode.freePort()};
      String members = "127.0.0.1:" + hazelcast[0] + ",127.0.0.1:" + hazelcast[1];
      for (int i = 0; i < 2; i++) {
        cluster.nodes.add(cluster.startNode("node-" + (i + 1), hazelcast[i], members));
      }
      cluster.startBalancer(nginxBinary);
      for (MicroNode node : cluster.nodes) {
        waitUntilReady(node);
      }
      cluster.waitUntilClustered();
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** MariaDB or MySQL when the tests use one (as .ci/run does), else an H2 server of our own. */
  private static Database database(List<AutoCloseable> stops) throws SQLException, IOException {
    String testUrl = Optional.ofNullable(System.getenv("HEARTH_DB_URL")).orElse("");
    if (testUrl.startsWith("jdbc:mysql:") || testUrl.startsWith("jdbc:mariadb:")) {
      return freshMysqlDatabase(testUrl);
    }
    Server h2 =
        Server.createTcpServer(
                "-tcpPort",
                String.valueOf(MicroNode.freePort()),
                "-ifNotExists",
                "-baseDir",
                HOME.resolve("h2-" + System.currentTimeMillis()).toAbsolutePath().toString())
            .start();
    stops.add(h2::stop);
    return new Database("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/hearth", "sa", "");
  }

  /**
   * A new database on the same server as the tests' one, named after it, dropped again at the end.
   */
  private static Database freshMysqlDatabase(String testUrl) throws SQLException {
    String user = Optional.ofNullable(System.getenv("HEARTH_DB_USER")).orElse("root");
    String password = Optional.ofNullable(System.getenv("HEARTH_DB_PASSWORD")).orElse("");
    String name =
        "hearth_cluster_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    String serverUrl = testUrl.replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1");
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    return new Database(
        testUrl.replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name), user, password);
  }

  private MicroNode startNode(String name, int hazelcastPort, String members) throws IOException {
    int port = MicroNode.freePort();
    Path log = HOME.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                MicroNode.javaBinary(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                TARGET.resolve("payara-micro.jar").toString(),
                "--port",
                String.valueOf(port),
                "--clustername",
                "hearth-cluster-test",
                "--clustermode",
                "tcpip:" + members,
                "--interfaces",
                "127.0.0.1",
                "--startport",
                String.valueOf(hazelcastPort),
                // Both members share 127.0.0.1: with host-aware partitioning (the default) neither
                // would hold
                // the other's backups, and a node's death would take its sessions with it.
                "--nohostaware",
                "--prebootcommandfile",
                "src/main/payara/pre-boot-commands.txt",
                // The cluster's post-boot file turns session replication back on.
                "--postbootcommandfile",
                "src/main/payara/post-boot-commands-cluster.txt",
                "--postdeploycommandfile",
                "src/main/payara/post-deploy-commands.txt",
                "--rootdir",
                HOME.resolve(name + "-root").toString(),
                "--contextroot",
                "/",
                "--deploy",
                TARGET.resolve("hearth.war").toString())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("HEARTH_DB_URL", database.url());
    env.put("HEARTH_DB_USER", database.user());
    env.put("HEARTH_DB_PASSWORD", database.password());
    env.put("HEARTH_ADMIN_EMAIL", ADMIN);
    env.put("HEARTH_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("HEARTH_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
    env.put("LANG", "C.UTF-8");
    return MicroNode.start(name, port, log, builder);
  }

  private void startBalancer(String binary) throws IOException {
    balancerPort = MicroNode.freePort();
    Path dir = HOME.resolve("nginx").toAbsolutePath();
    Files.createDirectories(dir.resolve("temp"));
    String upstreams =
        nodes.stream()
            .map(n -> "    server 127.0.0.1:" + n.port() + " max_fails=1 fail_timeout=30s;\n")
            .collect(Collectors.joining());
    String config =
        ("root".equals(System.getProperty("user.name")) ? "user root;\n" : "")
            + "worker_processes 1;\n"
            + "daemon off;\n"
            + "pid "
            + dir.resolve("nginx.pid")
            + ";\n"
            + "error_log "
            + dir.resolve("error.log")
            + " warn;\n"
            + "events { worker_connections 256; }\n"
            + "http {\n"
            + "  log_format journey '$request_method $uri $status $upstream_addr';\n"
            + "  access_log "
            + dir.resolve("access.log")
            + " journey;\n"
            + "  client_body_temp_path "
            + dir.resolve("temp/body")
            + ";\n"
            + "  proxy_temp_path "
            + dir.resolve("temp/proxy")
            + ";\n"
            + "  fastcgi_temp_path "
            + dir.resolve("temp/fastcgi")
            + ";\n"
            + "  uwsgi_temp_path "
            + dir.resolve("temp/uwsgi")
            + ";\n"
            + "  scgi_temp_path "
            + dir.resolve("temp/scgi")
            + ";\n"
            + "  client_max_body_size 64m;\n"
            + "  upstream hearth {\n"
            + upstreams
            + "  }\n"
            + "  server {\n"
            + "    listen 127.0.0.1:"
            + balancerPort
            + ";\n"
            + "    location / {\n"
            + "      proxy_pass http://hearth;\n"
            + "      proxy_set_header Host $http_host;\n"
            + "      proxy_connect_timeout 2s;\n"
            + "      proxy_next_upstream error timeout;\n"
            + "      add_header X-Upstream $upstream_addr always;\n"
            + "    }\n"
            + "  }\n"
            + "}\n";
    Path file = dir.resolve("nginx.conf");
    Files.writeString(file, config, UTF_8);
    nginx =
        new ProcessBuilder(binary, "-p", dir.toString(), "-c", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.log").toFile())
            .start();
  }

  /**
   * The nodes see each other in the data grid: the one that joined second reports a grid of two.
   */
  private void waitUntilClustered() throws Exception {
    try {
      CompletableFuture.anyOf(
              nodes.stream().map(MicroNode::clustered).toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("The nodes did not form a cluster; see " + HOME);
    }
  }

  /**
   * Waits for Payara to say Hearth is deployed, then checks that Hearth's own readiness check
   * answers UP.
   */
  private static void waitUntilReady(MicroNode node) throws Exception {
    node.awaitReady(START_UP);
  }

  /**
   * One request through the balancer, from its access log: the status, and the nodes tried in turn.
   */
  record Exchange(String method, String path, int status, List<String> nodes) {
    @Override
    public String toString() {
      return method + " " + path + " → " + status + " on " + String.join(" then ", nodes);
    }

    /**
     * The node that gave the answer (nginx tries the next one when a node refuses the connection).
     */
    String servedBy() {
      return nodes.get(nodes.size() - 1);
    }
  }

  /** Every request the balancer has passed on so far, oldest first. */
  List<Exchange> exchanges() throws IOException {
    List<Exchange> exchanges = new ArrayList<>();
    for (String line : Files.readAllLines(HOME.resolve("nginx/access.log"), UTF_8)) {
      String[] parts = line.split(" ", 4);
      List<String> tried = new ArrayList<>();
      for (String upstream : parts[3].split(",\\s*")) {
        tried.add(
            nodes.stream()
                .filter(n -> upstream.strip().endsWith(":" + n.port()))
                .map(MicroNode::name)
                .findFirst()
                .orElse(upstream));
      }
      exchanges.add(new Exchange(parts[0], parts[1], Integer.parseInt(parts[2]), tried));
    }
    return exchanges;
  }

  /** The balancer's address, which every request of a journey goes through. */
  URL balancer() {
    return MicroNode.url(balancerPort);
  }

  List<MicroNode> nodes() {
    return nodes;
  }

  Database database() {
    return database;
  }

  /**
   * Ends the node as a power cut or the kernel's OOM killer would (SIGKILL): no shutdown hook runs.
   */
  void kill(MicroNode node) throws InterruptedException {
    node.process().destroyForcibly();
    node.process().waitFor();
  }

  static String log(MicroNode node) {
    try {
      return Files.readString(node.log(), UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    if (nginx != null) {
      nginx.destroy();
    }
    for (MicroNode node : nodes) {
      node.process().destroy();
    }
    for (MicroNode node : nodes) {
      try {
        if (!node.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          node.process().destroyForcibly();
        }
      } catch (InterruptedException e) {
        node.process().destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (database != null && database.url().startsWith("jdbc:m")) {
      dropDatabase();
    }
    for (AutoCloseable stop : toStop) {
      try {
        stop.close();
      } catch (Exception ignored) {
        // Stopping what is already stopped.
      }
    }
  }

  private void dropDatabase() {
    String name = database.url().replaceFirst("^jdbc:[a-z]+://[^/]+/([^?]*).*", "$1");
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DROP DATABASE IF EXISTS `" + name + "`");
    } catch (SQLException e) {
      System.err.println(
          "Could not drop the cluster test's database " + name + ": " + e.getMessage());
    }
  }

  /** The last run's logs, databases and node folders go, so this run's logs hold only this run. */
  private static Optional<String> nginx() {
    return List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx").stream()
        .filter(p -> Files.isExecutable(Path.of(p)))
        .findFirst();
  }
}
