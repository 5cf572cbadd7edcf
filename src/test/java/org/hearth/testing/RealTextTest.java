package org.hearth.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RealTextTest {

  /** The team's shared copy, beside the checkout when there is one. */
  private static final Path SHARED = Path.of("../shared/test-data/real-text.txt");

  @Test
  void theCopyMatchesTheSharedTestData() throws Exception {
    assumeTrue(Files.isRegularFile(SHARED), "no shared test data beside this checkout");
    assertEquals(
        Files.readString(SHARED),
        new String(
            RealTextTest.class.getResourceAsStream(RealText.RESOURCE).readAllBytes(),
            StandardCharsets.UTF_8),
        "copy " + SHARED + " to src/test/resources" + RealText.RESOURCE);
  }

  @Test
  void thereAreSamplesOfEveryKind() {
    assertFalse(RealText.deceptive().isEmpty());
    assertEquals(
        RealText.samples().size(), RealText.readable().size() + RealText.deceptive().size());
  }
}
