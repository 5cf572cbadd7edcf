package org.hearth.application.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hearth.application.content.CourseReading;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.infrastructure.content.DraftCourseReader;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class CourseDetailsDocumentTest {

  private static final Path EMPATHY = Path.of("content/courses/empathy-and-safety");
  private final DraftCourseReader reader = new DraftCourseReader(new MarkdownRenderer());

  private static Map<String, byte[]> empathyFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(EMPATHY)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(EMPATHY.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private CourseDetails details(Map<String, byte[]> files) {
    CourseReading reading = reader.read("empathy-and-safety", files).reading();
    assertTrue(reading.problems().isEmpty(), reading.problems().toString());
    return reading.course().orElseThrow().details();
  }

  @Test
  void theEmpathyCourseSurvivesTheFormUnchanged() throws IOException {
    Map<String, byte[]> files = empathyFiles();
    CourseDetails original = details(files);
    String yaml =
        CourseDetailsDocument.parse(new String(files.get("course.yaml"), StandardCharsets.UTF_8))
            .toYaml();
    files.put("course.yaml", yaml.getBytes(StandardCharsets.UTF_8));

    CourseDetails again = details(files);
    assertEquals(withoutSupport(original), withoutSupport(again), yaml);
    assertEquals(original.support().getTitle(), again.support().getTitle());
    assertEquals(original.support().getHtml(), again.support().getHtml());
    assertEquals(original.support().getLinks(), again.support().getLinks());
    assertEquals(yaml, CourseDetailsDocument.parse(yaml).toYaml(), "writing is stable");
  }

  private static CourseDetails withoutSupport(CourseDetails d) {
    return new CourseDetails(
        d.title(),
        d.summary(),
        d.authors(),
        d.language(),
        d.tags(),
        d.estimatedMinutes(),
        d.contentNote(),
        null,
        d.sequential(),
        d.discreet(),
        d.quickExitUrl(),
        d.enrolmentMode(),
        d.enrolmentKey(),
        d.instructors());
  }

  @Test
  void everyFieldTheFormChangesReachesTheCourse() throws IOException {
    Map<String, byte[]> files = empathyFiles();
    CourseDetailsDocument form =
        CourseDetailsDocument.parse(new String(files.get("course.yaml"), StandardCharsets.UTF_8));
    form.setTitle("A title: with \"quotes\" and # hash");
    form.setSummary("Line one\nline two");
    form.setAuthors("Ann\nBo");
    form.setTags("calm, safety ,  ");
    form.setSequential(true);
    form.setEnrolment("key");
    form.setEnrolmentKey("autumn-2026");
    form.setSupportLinks("Call us | tel:999\nA site | https://example.org/");
    files.put("course.yaml", form.toYaml().getBytes(StandardCharsets.UTF_8));

    CourseDetails changed = details(files);

    assertEquals("A title: with \"quotes\" and # hash", changed.title());
    assertEquals(java.util.List.of("Ann", "Bo"), changed.authors());
    assertEquals(java.util.List.of("calm", "safety"), changed.tags());
    assertTrue(changed.sequential());
    assertEquals("autumn-2026", changed.enrolmentKey());
    assertEquals(2, changed.support().getLinks().size());
    assertEquals("tel:999", changed.support().getLinks().get(0).url());
  }

  @Test
  void savingTheFormKeepsAStrictCourseStrict() {
    CourseDetailsDocument form =
        CourseDetailsDocument.parse("title: Data Carpentry\nstrict: yes\n");
    form.setSummary("Tidy data in spreadsheets.");

    assertTrue(form.toYaml().contains("\nstrict: true\n"), form.toYaml());
  }

  @Test
  void textThatIsNotAMappingIsRefusedWithAMessage() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> CourseDetailsDocument.parse("- just\n- a list\n"));
    assertTrue(refused.getMessage().contains("mapping"));
  }
}
