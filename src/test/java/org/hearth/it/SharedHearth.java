package org.hearth.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * One Hearth for every black-box test class (HTTP and browser tests, which only send requests): the
 * WAR Maven just built, on Payara Micro exactly as Arquillian starts it for the in-container tests
 * (same pre- and post-boot files, same environment, same database), started on first use and
 * stopped when the test JVM ends. Each such class used to start its own Payara, about 30 s apiece
 * on 2 cores. Tests keep to their own accounts and courses, so sharing a server costs them nothing;
 * the in-container tests still get a fresh Payara each through Arquillian.
 */
public final class SharedHearth {

  private static final Path HOME = Path.of("target", "shared-hearth");
  private static MicroNode node;
  private static StartUpProbe.Seen startUp;

  private SharedHearth() {}

  /** The shared Hearth's address, starting it first if this is the first use. */
  public static synchronized URL url() {
    if (node == null) {
      node = start();
    }
    return node.url();
  }

  /** What a reader asking for the home page saw while the shared Hearth started. */
  static synchronized StartUpProbe.Seen startUp() {
    url();
    return startUp;
  }

  private static MicroNode start() {
    try {
      MicroNode.clear(HOME);
      Files.createDirectories(HOME);
      int port = MicroNode.freePort();
      List<String> command = new ArrayList<>(List.of(MicroNode.javaBinary()));
      command.addAll(MicroNode.testJvmOptions());
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar", "target/payara-micro.jar"),
              "--port",
              String.valueOf(port),
              // A fresh root: a reused one makes Payara deploy its stale recorded copy first.
              "--rootdir",
              HOME.resolve("root").toString(),
              "--contextroot",
              "/",
              "--deploy",
              war().toString()));
      command.addAll(
          Arrays.asList(
              System.getProperty("payara.extraMicroOptions", "--nohazelcast")
                  .trim()
                  .split("\\s+")));
      MicroNode started =
          MicroNode.start(
              "shared-hearth", port, HOME.resolve("payara.log"), new ProcessBuilder(command));
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "shared-hearth-stop"));
      StartUpProbe probe = StartUpProbe.start(started.url(), started.ready());
      started.awaitReady(Duration.ofMinutes(4));
      startUp = probe.seen();
      return started;
    } catch (Exception e) {
      throw new IllegalStateException(
          "The shared Hearth of the black-box tests did not start; see " + HOME, e);
    }
  }

  /**
   * The WAR Maven built, plus the check that every session attribute can be replicated ({@link
   * SessionSerialisationCheck}), which the journeys of every black-box test then exercise, and the
   * authorization matrix's fixture servlet ({@link MatrixFixtureServlet}).
   */
  private static Path war() {
    Path war = HOME.resolve("ROOT.war").toAbsolutePath();
    Deployments.hearth(
            SessionSerialisationCheck.class, SessionCheckServlet.class, MatrixFixtureServlet.class)
        .as(ZipExporter.class)
        .exportTo(war.toFile(), true);
    return war;
  }
}
