package org.hearth.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy Hearth: the WAR Maven just built, exactly as it ships, plus the test
 * classes that run inside it. No hand-picked class lists to drift from the real application.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive hearth(Class<?>... testClasses) {
    File war = new File(System.getProperty("hearth.war", "target/hearth.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " is missing; integration tests run after `mvn package` (use `mvn verify`)");
    }
    // ROOT.war: served at "/", as Hearth ships. It also keeps @ArquillianResource URLs right when
    // the Payara Micro connector reads the start-up log before its "Deployed" block has arrived
    // (it then knows no context root and hands tests the server's root address).
    WebArchive archive =
        ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    archive.addClasses(testClasses);
    return archive;
  }
}
