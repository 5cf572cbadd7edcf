package org.hearth.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.CourseReading;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/**
 * The fixture course of lessons written for other tools (src/test/it-content/courses/
 * brought-from-elsewhere, which RealWorldContentBrowserIT reads in a browser) imports whole, with a
 * note for each thing Hearth read differently and none refused: the corpus figure of issue 15.
 */
class BroughtFromElsewhereTest {

  @Test
  void everyLessonImportsAndEachDifferenceIsANoteNotARefusal() {
    FileSystemContentSource source =
        new FileSystemContentSource(Path.of("src/test/it-content"), new MarkdownRenderer());
    CourseReading reading =
        source.read(
            source.scan().folders().stream()
                .filter(f -> f.slug().equals("brought-from-elsewhere"))
                .findFirst()
                .orElseThrow());

    assertEquals(List.of(), reading.problems());
    assertEquals(
        3,
        reading.course().orElseThrow().modules().get(0).lessons().size(),
        "both lessons and the Moodle bank's quiz");
    Map<String, Integer> byKind = new TreeMap<>();
    for (ContentProblem note : reading.notes()) {
      byKind.merge(kind(note.message()), 1, Integer::sum);
    }
    assertEquals(
        Map.of("raw HTML left out", 1, "title from the first heading", 1, "unknown key", 4),
        byKind,
        () -> "notes: " + reading.notes());
    assertTrue(
        reading.notes().stream()
            .anyMatch(
                n ->
                    n.message()
                        .endsWith(
                            "left out: <iframe> (content/README.md lists"
                                + " the HTML lessons may use)")),
        () -> "only the embed is left out: " + reading.notes());
  }

  private static String kind(String message) {
    if (message.contains("is not a field Hearth reads")) {
      return "unknown key";
    }
    if (message.contains("from its first heading")) {
      return "title from the first heading";
    }
    if (message.contains("raw HTML")) {
      return "raw HTML left out";
    }
    return message;
  }
}
