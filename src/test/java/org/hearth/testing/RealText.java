package org.hearth.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text real learners and instructors type, one sample a line: names in many scripts, curly
 * quotes, emoji with joiners, combining marks, right-to-left text, and invisible and override
 * characters. The list is the team's shared test data ({@code ../shared/test-data/real-text.txt}),
 * kept as a copy in the test resources so a clone alone can run the suite; {@code RealTextTest}
 * fails when the two differ.
 */
public final class RealText {

  /** The resource holding the copy. */
  public static final String RESOURCE = "/text/real-text.txt";

  private RealText() {}

  /** Every sample, exactly as written (blank lines and "# " comments left out). */
  public static List<String> samples() {
    List<String> samples = new ArrayList<>();
    for (String line : lines()) {
      if (!line.isBlank() && !line.startsWith("# ")) {
        samples.add(line);
      }
    }
    return samples;
  }

  /**
   * The samples that hold a character which could deceive a reader (from the file's own heading).
   */
  public static List<String> deceptive() {
    return section("# Control and bidirectional override characters");
  }

  /** The samples a name or title may hold as they are: every sample but the deceptive ones. */
  public static List<String> readable() {
    List<String> readable = new ArrayList<>(samples());
    readable.removeAll(deceptive());
    return readable;
  }

  private static List<String> section(String heading) {
    List<String> found = new ArrayList<>();
    boolean inside = false;
    for (String line : lines()) {
      if (line.startsWith("# ")) {
        inside = line.startsWith(heading);
      } else if (inside && !line.isBlank()) {
        found.add(line);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("no section \"" + heading + "\" in " + RESOURCE);
    }
    return found;
  }

  private static List<String> lines() {
    try (InputStream in = RealText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
