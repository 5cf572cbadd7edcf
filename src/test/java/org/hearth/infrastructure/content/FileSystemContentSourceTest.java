package org.hearth.infrastructure.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.application.content.ContentProblem;
import org.hearth.application.content.ContentScan;
import org.hearth.application.content.CourseFolder;
import org.hearth.application.content.CourseReading;
import org.hearth.application.content.CourseSource;
import org.hearth.domain.catalog.CourseDetails;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.catalog.ModuleOutline;
import org.hearth.domain.catalog.SupportLink;
import org.hearth.domain.quiz.Choice;
import org.hearth.domain.quiz.Question;
import org.hearth.domain.quiz.QuestionType;
import org.hearth.domain.quiz.QuizKind;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemContentSourceTest {

  private static final String DEMO = "courses/demo/";
  private static final String HELLO = DEMO + "01-intro/01-hello.md";

  @TempDir Path root;

  private FileSystemContentSource source;

  @BeforeEach
  void createSource() {
    source = new FileSystemContentSource(root, new MarkdownRenderer());
  }

  // ---------------------------------------------------------------------------------------------
  // A valid course
  // ---------------------------------------------------------------------------------------------

  /** courses/demo with every course field, two modules and three lessons. */
  private void validCourse() throws IOException {
    write(
        DEMO + "course.yaml",
        """
        title: Demo Course
        summary: A short demo.
        authors:
          - Ada Lovelace
          - Grace Hopper
        language: en-GB
        tags: [one, two words]
        estimated_minutes: 42
        sequential: true
        content_note: Go gently.
        quick_exit_url: https://www.example.org/
        support_resources:
          title: Get help now
          text: Call **someone** you trust.
          links:
            - label: Hotline
              url: https://help.example.org/
            - label: Phone
              url: "tel:+15550100"
        """);
    write(
        DEMO + "01-getting-started/module.yaml", "title: Getting started\nsummary: First steps\n");
    write(
        DEMO + "01-getting-started/01-welcome.md",
        """
        ---
        title: Welcome
        minutes: 3
        objectives:
          - Notice one thing
          - Try another
        preview: true
        ---
        # Welcome

        Hello.
        """);
    write(
        DEMO + "01-getting-started/02-next-steps.md",
        "---\ntitle: Next steps\nrequired: false\n---\n" + "word ".repeat(250) + "\n");
    write(
        DEMO + "02-going-further/01-deep-dive.md",
        "---\ntitle: \"Deep dive: part one\"\npreview: no\n---\nShort.\n");
  }

  @Test
  void readsCourseDetails() throws IOException {
    validCourse();

    CourseSource course = readValid("demo");

    assertEquals("demo", course.folder().slug());
    assertEquals("courses/demo", course.folder().path());
    CourseDetails details = course.details();
    assertEquals("Demo Course", details.title());
    assertEquals("A short demo.", details.summary());
    assertEquals(List.of("Ada Lovelace", "Grace Hopper"), details.authors());
    assertEquals("en-GB", details.language());
    assertEquals(List.of("one", "two words"), details.tags());
    assertEquals(
        42, details.estimatedMinutes(), "estimated_minutes, when given, wins over the lesson sum");
    assertEquals("Go gently.", details.contentNote());
    assertTrue(details.sequential());
    assertEquals("https://www.example.org/", details.quickExitUrl());
  }

  @Test
  void readsSupportResources() throws IOException {
    validCourse();

    CourseDetails details = readValid("demo").details();

    assertNotNull(details.support());
    assertTrue(details.support().isDeclared());
    assertEquals("Get help now", details.support().getTitle());
    assertTrue(
        details.support().getHtml().contains("<strong>someone</strong>"),
        details.support().getHtml());
    assertEquals(
        List.of(
            new SupportLink("Hotline", "https://help.example.org/"),
            new SupportLink("Phone", "tel:+15550100")),
        details.support().getLinks());
  }

  @Test
  void readsModulesAndLessonsInOrder() throws IOException {
    validCourse();

    CourseSource course = readValid("demo");

    assertEquals(
        List.of("getting-started", "going-further"),
        course.modules().stream().map(ModuleOutline::slug).toList());
    assertEquals(
        List.of("Getting started", "Going further"),
        course.modules().stream().map(ModuleOutline::title).toList(),
        "a module without module.yaml is titled after its folder name");
    assertEquals("First steps", course.modules().get(0).summary());
    assertEquals(null, course.modules().get(1).summary());
    assertEquals(3, course.lessonCount());

    List<LessonOutline> first = course.modules().get(0).lessons();
    assertEquals(
        List.of("welcome", "next-steps"), first.stream().map(LessonOutline::slug).toList());
    assertEquals(
        List.of("Welcome", "Next steps"), first.stream().map(LessonOutline::title).toList());
    LessonOutline deepDive = course.modules().get(1).lessons().get(0);
    assertEquals("deep-dive", deepDive.slug());
    assertEquals("Deep dive: part one", deepDive.title());
  }

  @Test
  void readsLessonFields() throws IOException {
    validCourse();

    CourseSource course = readValid("demo");
    LessonOutline welcome = course.modules().get(0).lessons().get(0);
    LessonOutline nextSteps = course.modules().get(0).lessons().get(1);
    LessonOutline deepDive = course.modules().get(1).lessons().get(0);

    assertEquals(3, welcome.minutes());
    assertEquals(2, nextSteps.minutes(), "250 words at 200 words a minute round up to 2 minutes");
    assertEquals(1, deepDive.minutes(), "even a very short lesson takes a minute");

    assertEquals(List.of("Notice one thing", "Try another"), welcome.objectives());
    assertEquals(List.of(), nextSteps.objectives());

    assertTrue(welcome.preview());
    assertFalse(nextSteps.preview());
    assertFalse(deepDive.preview(), "preview: no");

    assertTrue(welcome.required(), "lessons are required unless they say otherwise");
    assertFalse(nextSteps.required());

    assertTrue(welcome.html().contains("<h1 id=\"welcome\">Welcome</h1>"), welcome.html());
    assertTrue(welcome.html().contains("<p>Hello.</p>"), welcome.html());
  }

  @Test
  void estimatedMinutesDefaultToTheSumOfTheLessons() throws IOException {
    validCourse();

    write(DEMO + "course.yaml", "title: Demo Course\n");

    CourseDetails details = readValid("demo").details();

    assertEquals(3 + 2 + 1, details.estimatedMinutes());
    assertEquals("en", details.language());
    assertFalse(details.sequential());
    assertEquals(null, details.support());
  }

  @Test
  void checksumIsStableAcrossScansAndChangesWithAnyFile() throws IOException {
    validCourse();

    String first = folder("demo").checksum();
    String second = folder("demo").checksum();
    assertEquals(first, second);
    assertTrue(first.matches("[0-9a-f]{64}"), first);

    write(
        DEMO + "01-getting-started/01-welcome.md",
        Files.readString(root.resolve(DEMO + "01-getting-started/01-welcome.md"))
            .replace("Hello.", "Hello!"));
    String edited = folder("demo").checksum();
    assertNotEquals(first, edited, "editing a lesson changes the checksum");

    Files.move(
        root.resolve(DEMO + "02-going-further/01-deep-dive.md"),
        root.resolve(DEMO + "02-going-further/02-deep-dive.md"));
    assertNotEquals(
        edited, folder("demo").checksum(), "renaming a file (same bytes) changes the checksum");
  }

  @Test
  void modulesAndLessonsAreOrderedByTheirNumberNotAlphabetically() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(DEMO + "2-second/1-one.md", lesson("One", "x"));
    write(DEMO + "2-second/10-ten.md", lesson("Ten", "x"));
    write(DEMO + "2-second/9-nine.md", lesson("Nine", "x"));
    write(DEMO + "10-tenth/01-last.md", lesson("Last", "x"));
    write(DEMO + "01-first/01-first-lesson.md", lesson("First", "x"));

    CourseSource course = readValid("demo");

    assertEquals(
        List.of("first", "second", "tenth"),
        course.modules().stream().map(ModuleOutline::slug).toList());
    assertEquals(
        List.of("one", "nine", "ten"),
        course.modules().get(1).lessons().stream().map(LessonOutline::slug).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Links
  // ---------------------------------------------------------------------------------------------

  @Test
  void rewritesRelativeLessonLinksAndAssetsToTheirPublicAddresses() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(
        HELLO,
        lesson(
            "Hello",
            """
            Go to [the next lesson](02-next.md), then [part two](../02-mod/01-x.md#part).

            ![A picture](../assets/pic.png) and [the worksheet](../assets/docs/work%20sheet.pdf).

            Also [elsewhere](https://example.org/) and [a heading](#top).
            """));
    write(DEMO + "01-intro/02-next.md", lesson("Next", "Next."));
    write(DEMO + "02-mod/01-x.md", lesson("X", "## Part\n"));
    write(DEMO + "assets/pic.png", "not really a png");
    write(DEMO + "assets/docs/work sheet.pdf", "not really a pdf");

    String html = readValid("demo").modules().get(0).lessons().get(0).html();

    assertTrue(html.contains("href=\"next\""), html);
    assertTrue(html.contains("href=\"x#part\""), html);
    assertTrue(html.contains("src=\"../../assets/demo/pic.png\""), html);
    assertTrue(html.contains("href=\"../../assets/demo/docs/work%20sheet.pdf\""), html);
    assertTrue(html.contains("href=\"https://example.org/\""), html);
    assertTrue(html.contains("href=\"#top\""), html);
    assertFalse(html.contains(".md"), "no link still points at a Markdown file: " + html);
  }

  @Test
  void aLinkByTheNameAFileHadBeforeItWasNumberedFindsItWithANote() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(
        HELLO,
        lesson(
            "Hello",
            "Read [the next one](next.md#part), then [Zoë's log](../02-mod/zoe-log.md).\n"));
    write(DEMO + "01-intro/02-next.md", lesson("Next", "## Part\n"));
    write(DEMO + "02-mod/01-zoe-log.md", lesson("Zoë's log", "Entries.\n"));

    CourseReading reading = read("demo");

    String html = lessonOf(reading).html();
    assertTrue(html.contains("href=\"next#part\""), html);
    assertTrue(html.contains("href=\"zoe-log\""), html);
    assertEquals(2, reading.notes().size(), () -> "notes: " + reading.notes());
    assertProblem(
        reading.notes().get(0), HELLO, 4, "which Hearth found as " + DEMO + "01-intro/02-next.md");
  }

  @Test
  void aLinkWithTheWrongOrderNumberIsRefusedWithAHint() throws IOException {
    minimalCourse();
    write(HELLO, lesson("Hello", "Go [back](../02-mod/03-setup.md).\n"));
    write(DEMO + "02-mod/01-setup.md", lesson("Setup", "x\n"));

    assertSingleProblem(read("demo"), HELLO, 4, "did you mean " + DEMO + "02-mod/01-setup.md?");
  }

  @Test
  void aLessonLinksToAQuizByItsFileName() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(
        HELLO,
        lesson(
            "Hello",
            "When you are ready, [check yourself](02-check.quiz.yaml) or [the"
                + " bank](03-bank.gift).\n"));
    write(
        DEMO + "01-intro/02-check.quiz.yaml",
        "title: Check\nquestions:\n  - type: true-false\n    prompt: Ready?\n    answer: true\n");
    write(DEMO + "01-intro/03-bank.gift", "Ready? {T}\n");

    String html = readValid("demo").modules().get(0).lessons().get(0).html();

    assertTrue(html.contains("href=\"check\""), html);
    assertTrue(html.contains("href=\"bank\""), html);
  }

  @Test
  void scriptLinksInALessonAreNeutralised() throws IOException {
    minimalCourse();
    write(
        HELLO,
        lesson(
            "Hello",
            """
            [click](javascript:alert(1)) [vb](VBScript:msgbox(1)) ![pic](data:text/html,x)

            <script>alert(1)</script>
            """));

    String html =
        readValid("demo")
            .modules()
            .get(0)
            .lessons()
            .get(0)
            .html()
            .toLowerCase(java.util.Locale.ROOT);

    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("vbscript:"), html);
    assertFalse(html.contains("data:"), html);
    assertFalse(html.contains("<script") || html.contains("alert(1)"), html);
    CourseReading reading = read("demo");
    assertTrue(
        reading.notes().stream()
            .anyMatch(n -> n.message().contains("left out:") && n.message().contains("<script>")),
        () -> "the author hears that the script was left out: " + reading.notes());
  }

  @Test
  void scriptLinkSplitByATabIsTakenAsAPathAndReported() throws IOException {
    minimalCourse();
    write(HELLO, lesson("Hello", "[tab](java&#9;script:alert(1))\n"));

    assertSingleProblem(
        read("demo"), HELLO, 4, "but there is no file at courses/demo/01-intro/java\tscript");
  }

  @Test
  void linkToAMissingLessonIsReportedAtItsLineInTheFile() throws IOException {
    minimalCourse();
    write(
        HELLO,
        """
        ---
        title: Hello
        ---
        First line.

        A paragraph that goes on
        and links to [the next one](02-missing.md) on its second line.
        """);

    CourseReading reading = read("demo");

    assertSingleProblem(
        reading,
        HELLO,
        7,
        "links to 02-missing.md, but there is no lesson, quiz or worksheet at"
            + " courses/demo/01-intro/02-missing.md");
  }

  @Test
  void aLessonNestedTooDeeplyIsRefusedAtItsLineInsteadOfCrashingTheImport() throws IOException {
    minimalCourse();
    write(HELLO, "---\ntitle: Hello\n---\nFirst line.\n\n" + "> ".repeat(20_000) + "zu tief\n");

    assertSingleProblem(
        read("demo"), HELLO, 6, "nests quotes, lists or emphasis more than 100 levels deep");
  }

  @Test
  void anImageFromAnotherSiteIsALinkAndNotAProblem() throws IOException {
    minimalCourse();
    write(HELLO, lesson("Hello", "![Ein See](https://photos.example.com/see.jpg)\n"));

    CourseReading reading = read("demo");

    assertTrue(reading.problems().isEmpty(), () -> "problems: " + reading.problems());
    String html = readValid("demo").modules().get(0).lessons().get(0).html();
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains(">Image on another site: Ein See</a>"), html);
    assertEquals(1, reading.notes().size(), () -> "notes: " + reading.notes());
    assertEquals(4, reading.notes().get(0).line());
    assertTrue(
        reading
            .notes()
            .get(0)
            .message()
            .contains("shows an image from another site (https://photos.example.com/see.jpg)"));
  }

  @Test
  void lineNumbersCountFromTheTopOfAWindowsStyleFile() throws IOException {
    minimalCourse();
    write(HELLO, "---\r\ntitle: Hello\r\nauthor: Me\r\n---\r\nLine\r\n\r\n[x](missing.md)\r\n");

    CourseReading reading = read("demo");

    assertTrue(reading.course().isEmpty());
    assertEquals(1, reading.problems().size(), () -> "problems: " + reading.problems());
    assertProblem(
        problem(reading.notes(), HELLO, "\"author\" is not a field Hearth reads"),
        HELLO,
        3,
        "\"author\"");
    assertProblem(
        problem(reading.problems(), HELLO, "links to missing.md"), HELLO, 7, "links to missing.md");
  }

  @Test
  void linkThatLeavesTheCourseFolderIsRefused() throws IOException {
    minimalCourse();
    write("courses/other/x.md", "a file of another course");
    write(
        HELLO,
        """
        ---
        title: Hello
        ---
        Look at [other](../../other/x.md).

        And [sneaky](..%2F..%2Fother%2Fx.md) too.
        """);

    CourseReading reading = read("demo");

    assertTrue(reading.course().isEmpty());
    assertEquals(2, reading.problems().size(), () -> "problems: " + reading.problems());
    assertProblem(
        reading.problems().get(0),
        HELLO,
        4,
        "links to ../../other/x.md, which is outside the course folder");
    assertProblem(reading.problems().get(1), HELLO, 6, "which is outside the course folder");
  }

  @Test
  void imageOfAMissingAssetIsReported() throws IOException {
    minimalCourse();
    write(HELLO, lesson("Hello", "Intro.\n\n![A picture](../assets/missing.png)\n"));

    CourseReading reading = read("demo");

    assertSingleProblem(
        reading,
        HELLO,
        6,
        "links to ../assets/missing.png, but there is no file at courses/demo/assets/missing.png");
  }

  @Test
  void anImageOfAFileHearthDoesNotServeIsReported() throws IOException {
    minimalCourse();
    write(HELLO, lesson("Hello", "![Not an asset](../course.yaml)\n"));

    assertSingleProblem(
        read("demo"),
        HELLO,
        4,
        "links to ../course.yaml, but courses/demo/course.yaml is not a lesson, a quiz, a worksheet"
            + " or a file of a type Hearth serves (PNG, JPEG, GIF, WebP, PDF, MP3 and plain .txt"
            + " text)");
  }

  // ---------------------------------------------------------------------------------------------
  // course.yaml
  // ---------------------------------------------------------------------------------------------

  @Test
  void courseYamlWithBadSyntaxIsReportedAtTheLineOfTheError() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "title: Demo\nsummary: one: two\nlanguage: en\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 2, "is not valid YAML");
  }

  @Test
  void courseYamlWithoutTitleIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "summary: No title here\nlanguage: en\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 1, "title is missing");
  }

  @Test
  void courseYamlWithEmptyTitleIsReportedAtTheTitleLine() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "summary: x\ntitle: \"  \"\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 2, "title is missing");
  }

  @Test
  void missingCourseYamlIsReported() throws IOException {
    minimalCourse();
    Files.delete(root.resolve(DEMO + "course.yaml"));

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 0, "is missing");
  }

  @Test
  void unknownFieldInCourseYamlIsReportedAtItsLine() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "title: Demo\nlanguage: en\ncolour: blue\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 3, "\"colour\" is not a known field");
  }

  @Test
  void duplicateKeyInCourseYamlIsReportedAtItsSecondLine() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "title: Demo\nsummary: a\ntitle: Again\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 3, "\"title\" appears twice");
  }

  @Test
  void valuesOfTheWrongTypeAreReportedAtTheirLines() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "title: Demo\nestimated_minutes: lots\nsequential: maybe\n");

    CourseReading reading = read("demo");

    assertTrue(reading.course().isEmpty());
    assertEquals(2, reading.problems().size(), () -> "problems: " + reading.problems());
    assertProblem(
        reading.problems().get(0),
        DEMO + "course.yaml",
        2,
        "estimated_minutes must be a whole number, not \"lots\"");
    assertProblem(
        reading.problems().get(1),
        DEMO + "course.yaml",
        3,
        "sequential must be true or false, not \"maybe\"");
  }

  @Test
  void titleThatIsAListIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "course.yaml", "summary: s\ntitle: [a, b]\n");

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 2, "title must be text");
  }

  @Test
  void supportLinkWithAScriptAddressIsReported() throws IOException {
    minimalCourse();
    write(
        DEMO + "course.yaml",
        """
        title: Demo
        support_resources:
          title: Help
          links:
            - label: Click
              url: javascript:alert(1)
        """);

    assertSingleProblem(read("demo"), DEMO + "course.yaml", 6, "url must start with https://");
  }

  @Test
  void billionLaughsIsRejectedQuickly() throws IOException {
    minimalCourse();
    StringBuilder yaml =
        new StringBuilder(
            "title: Demo\n"
                + "a: &a"
                + " [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      String previous = "*" + (char) (level - 1);
      yaml.append(level)
          .append(": &")
          .append(level)
          .append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }
    yaml.append("tags: *i\n");
    write(DEMO + "course.yaml", yaml.toString());

    CourseReading reading = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read("demo"));

    assertSingleProblem(reading, DEMO + "course.yaml", 0, "is not valid YAML");
    assertTrue(
        reading.problems().get(0).message().contains("aliases"),
        reading.problems().get(0).message());
  }

  @Test
  void yamlTagsNeverBuildJavaObjects() throws Exception {
    minimalCourse();
    write(
        DEMO + "course.yaml",
        """
        title: !!org.hearth.infrastructure.content.YamlTagCanary Demo
        tags: !!org.hearth.infrastructure.content.YamlTagCanary [one]
        content_note: !!java.lang.Runtime x
        """);

    CourseReading reading = assertDoesNotThrow(() -> read("demo"));

    assertFalse(YamlTagCanary.Flag.TOUCHED.get(), "a YAML tag loaded or built a Java class");
    if (reading.course().isPresent()) {
      CourseDetails details = reading.course().get().details();
      assertEquals("Demo", details.title(), "a tagged value is read as plain text");
      assertEquals(List.of("one"), details.tags());
      assertEquals("x", details.contentNote());
    } else {
      assertProblem(reading.problems().get(0), DEMO + "course.yaml", 1, "");
    }

    // Control: the canary does notice when it is built.
    try {
      YamlTagCanary.class.getConstructor().newInstance();
      assertTrue(YamlTagCanary.Flag.TOUCHED.get());
    } finally {
      YamlTagCanary.Flag.TOUCHED.set(false);
    }
  }

  @Test
  void scriptEngineGadgetIsReportedNotBuilt() throws IOException {
    minimalCourse();
    write(
        DEMO + "course.yaml",
        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://127.0.0.1:9/\"]]]]\n");

    CourseReading reading = assertDoesNotThrow(() -> read("demo"));

    assertSingleProblem(reading, DEMO + "course.yaml", 1, "title must be text");
  }

  // ---------------------------------------------------------------------------------------------
  // Lessons and folder layout
  // ---------------------------------------------------------------------------------------------

  @Test
  void aPlainMarkdownLessonIsTitledByItsFirstHeadingWhichLeavesTheBody() throws IOException {
    minimalCourse();
    write(HELLO, "\n# Émotions et sécurité 💛\n\nNo front matter here.\n\n# A second heading\n");

    CourseReading reading = read("demo");

    LessonOutline lesson = lessonOf(reading);
    assertEquals("Émotions et sécurité 💛", lesson.title());
    assertFalse(lesson.html().contains("Émotions et sécurité 💛</h1>"), lesson.html());
    assertTrue(lesson.html().contains("A second heading</h1>"), lesson.html());
    assertTrue(lesson.html().contains("No front matter here."), lesson.html());
    assertFalse(lesson.preview());
    assertTrue(lesson.required());
    assertSingleNote(
        reading, HELLO, 1, "titled \"Émotions et sécurité 💛\" from its first heading");
  }

  @Test
  void aLessonWithNoHeadingAndNoTitleIsTitledByItsFileName() throws IOException {
    minimalCourse();
    write(HELLO, "---\nminutes: 3\n---\nJust a paragraph.\n");

    CourseReading reading = read("demo");

    LessonOutline lesson = lessonOf(reading);
    assertEquals("Hello", lesson.title());
    assertEquals(3, lesson.minutes());
    assertSingleNote(reading, HELLO, 1, "titled \"Hello\" from its file name");
  }

  @Test
  void aLessonWithFrontMatterButNoTitleTakesItsFirstHeading() throws IOException {
    minimalCourse();
    write(HELLO, "---\nminutes: 3\n---\n# Safety first #\n\n[a broken link](missing.md)\n");

    CourseReading reading = read("demo");

    assertTrue(reading.course().isEmpty());
    assertEquals(1, reading.problems().size(), () -> "problems: " + reading.problems());
    assertProblem(reading.problems().get(0), HELLO, 6, "links to missing.md");
    assertProblem(
        reading.notes().get(0), HELLO, 1, "titled \"Safety first\" from its first heading");
  }

  @Test
  void aLessonsContentNoteIsKeptAsWrittenAndALessonWithoutOneHasNone() throws IOException {
    minimalCourse();
    write(
        HELLO,
        "---\n"
            + "title: Hello\n"
            + "content_note: |\n"
            + "  Describes a discovery in some detail — “slowly” is fine 🌿.\n"
            + "  Take a break whenever you need.\n"
            + "---\n"
            + "Body.\n");

    CourseReading reading = read("demo");

    assertTrue(reading.problems().isEmpty(), () -> "problems: " + reading.problems());
    assertTrue(reading.notes().isEmpty(), () -> "a known field, no note: " + reading.notes());
    assertEquals(
        "Describes a discovery in some detail — “slowly” is fine 🌿.\n"
            + "Take a break whenever you need.",
        readValid("demo").modules().get(0).lessons().get(0).contentNote());
    write(HELLO, lesson("Hello", "Body.\n"));
    assertNull(readValid("demo").modules().get(0).lessons().get(0).contentNote());
  }

  @Test
  void lessonWithUnclosedFrontMatterIsReported() throws IOException {
    minimalCourse();
    write(HELLO, "---\ntitle: Hello\n\nBody without the closing line.\n");

    assertSingleProblem(read("demo"), HELLO, 1, "opens its front matter with \"---\" but never");
  }

  @Test
  void unknownFieldsInLessonFrontMatterAreNotedAtTheirLineAndIgnored() throws IOException {
    minimalCourse();
    write(
        HELLO,
        "---\n"
            + "title: Hello\n"
            + "layout: lesson\n"
            + "minutes: 2\n"
            + "keypoints:\n"
            + "  - Breathe first\n"
            + "---\n"
            + "Body.\n");

    CourseReading reading = read("demo");

    assertEquals("Hello", lessonOf(reading).title());
    assertEquals(2, reading.notes().size(), () -> "notes: " + reading.notes());
    assertProblem(reading.notes().get(0), HELLO, 3, "\"layout\" is not a field Hearth reads");
    assertProblem(reading.notes().get(1), HELLO, 5, "\"keypoints\" is not a field Hearth reads");
  }

  @Test
  void badYamlInLessonFrontMatterIsReportedAtItsLineInTheFile() throws IOException {
    minimalCourse();
    write(HELLO, "---\ntitle: Hello\nobjectives: one: two\n---\nBody.\n");

    assertSingleProblem(read("demo"), HELLO, 3, "is not valid YAML");
  }

  @Test
  void lessonMinutesOutOfRangeAreReportedAtTheirLine() throws IOException {
    minimalCourse();
    write(HELLO, "---\ntitle: Hello\nminutes: 0\n---\nBody.\n");

    assertSingleProblem(read("demo"), HELLO, 3, "minutes must be between 1 and 600, not 0");
  }

  @Test
  void lessonFileNameThatIsNotNumberedIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "01-intro/Hello World.md", lesson("Hello", "x"));

    assertSingleProblem(read("demo"), DEMO + "01-intro/Hello World.md", 0, "is not a lesson");
  }

  @Test
  void invalidModuleFolderNameIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "Intro/01-more.md", lesson("More", "x"));

    assertSingleProblem(read("demo"), DEMO + "Intro", 0, "is not expected here");
  }

  @Test
  void strayFileInCourseFolderIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "notes.docx", "remember the milk");

    assertSingleProblem(read("demo"), DEMO + "notes.docx", 0, "is not expected here");
  }

  @Test
  void duplicateLessonSlugAcrossModulesIsReported() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(DEMO + "01-a/01-intro.md", lesson("Intro A", "x"));
    write(DEMO + "02-b/03-intro.md", lesson("Intro B", "x"));

    assertSingleProblem(
        read("demo"),
        DEMO + "02-b/03-intro.md",
        0,
        "has the same name as courses/demo/01-a/01-intro.md");
  }

  @Test
  void duplicateModuleSlugIsReported() throws IOException {
    minimalCourse();
    write(DEMO + "02-intro/01-other.md", lesson("Other", "x"));

    assertSingleProblem(
        read("demo"), DEMO + "02-intro", 0, "has the same name as courses/demo/01-intro");
  }

  @Test
  void courseWithoutLessonsIsReported() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(DEMO + "01-intro/module.yaml", "title: Intro\n");

    assertSingleProblem(read("demo"), "courses/demo", 0, "has no lessons");
  }

  @Test
  void nonUtf8LessonIsReported() throws IOException {
    minimalCourse();
    byte[] latin1 =
        "---\ntitle: Caf\u00e9\n---\nCaf\u00e9 au lait.\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(root.resolve(HELLO), latin1);

    assertSingleProblem(read("demo"), HELLO, 0, "is not UTF-8 text");
  }

  // ---------------------------------------------------------------------------------------------
  // Quizzes
  // ---------------------------------------------------------------------------------------------

  @Test
  void quizzesAreItemsOfTheirModuleInNumberOrderAmongTheLessons() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(DEMO + "01-intro/01-hello.md", lesson("Hello", "Hello there.\n"));
    write(
        DEMO + "01-intro/02-check.quiz.yaml",
        """
        title: Check your understanding
        minutes: 4
        questions:
          - type: single
            prompt: Which lesson said hello? See [the lesson](01-hello.md).
            options:
              - text: Hello
                correct: true
              - text: Goodbye
        """);
    write(
        DEMO + "01-intro/10-recap.gift",
        """
        // title: Recap
        // kind: self-check

        ::Feel:: How do you feel? {~Calm ~Tense}

        The sun is hot. {T}

        Reflect on your day. {}
        """);
    write(DEMO + "01-intro/3-more.md", lesson("More", "More words.\n"));

    CourseReading reading = read("demo");
    assertEquals(List.of(), reading.problems());
    CourseSource course = reading.course().orElseThrow();

    List<LessonOutline> items = course.modules().get(0).lessons();
    assertEquals(
        List.of("hello", "check", "more", "recap"),
        items.stream().map(LessonOutline::slug).toList());
    assertEquals(
        List.of(ItemKind.LESSON, ItemKind.QUIZ, ItemKind.LESSON, ItemKind.QUIZ),
        items.stream().map(LessonOutline::kind).toList());
    assertEquals(4, course.lessonCount());

    LessonOutline check = items.get(1);
    assertEquals("Check your understanding", check.title());
    assertEquals(QuizKind.GRADED, check.quiz().kind());
    Question question = check.quiz().questions().get(0);
    assertEquals(QuestionType.SINGLE_CHOICE, question.type());
    assertTrue(
        question.promptHtml().contains("href=\"hello\""),
        "a quiz links a lesson like a lesson does: " + question.promptHtml());
    assertEquals(List.of(1.0, 0.0), question.choices().stream().map(Choice::credit).toList());

    LessonOutline recap = items.get(3);
    assertEquals("Recap", recap.title());
    assertEquals(QuizKind.SELF_CHECK, recap.quiz().kind());
    assertEquals(
        List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER),
        recap.quiz().questions().stream().map(Question::type).toList(),
        "the essay of a self-check is a reflection, a short question with no answers");
    assertEquals(2, recap.minutes(), "three questions take two minutes");
    assertEquals(
        1 + 4 + 1 + 2,
        course.details().estimatedMinutes(),
        "quiz minutes count towards the course's");

    assertEquals(List.of(), reading.notes());
  }

  @Test
  void aBrokenQuizKeepsTheCourseOutWithItsPathAndLine() throws IOException {
    minimalCourse();
    write(
        DEMO + "01-intro/02-check.quiz.yaml",
        """
        title: Check
        pass_mark: 150
        questions:
          - type: true-false
            prompt: Is it?
            answer: true
        """);

    assertSingleProblem(
        read("demo"),
        DEMO + "01-intro/02-check.quiz.yaml",
        2,
        "pass_mark must be a whole number from 0 to 100, not 150");
  }

  @Test
  void jekyllIncludesOfLinksResolveAndOtherLiquidTagsAreLeftOutWithNotes() throws IOException {
    minimalCourse();
    write(
        DEMO + "_includes/links.md",
        "[breathing]: https://breathe.example.org/4-7-8\n[hotline]: https://help.example.org/\n");
    write(DEMO + "01-intro/02-other.md", lesson("Other", "The other lesson.\n"));
    write(
        HELLO,
        lesson(
            "Hello",
            "Try the [4-7-8 breath][breathing] or call a [hotline].\n\n"
                + "{% comment %} instructors only {% endcomment %}\n\n"
                + "See [the other lesson]({{ page.root }}/01-intro/02-other.md).\n\n"
                + "```liquid\n{% include kept-as-code.md %}\n```\n\n"
                + "{% include links.md %}\n"
                + "{% include missing.md %}\n"));

    CourseReading reading = read("demo");
    assertEquals(List.of(), reading.problems());
    String html = reading.course().orElseThrow().modules().get(0).lessons().get(0).html();
    assertTrue(html.contains("href=\"https://breathe.example.org/4-7-8\""), html);
    assertTrue(html.contains("href=\"https://help.example.org/\""), html);
    assertFalse(html.contains("page.root") || html.contains("comment"), html);
    assertTrue(html.contains("{% include kept-as-code.md %}"), "code keeps its tags: " + html);
    List<String> notes = reading.notes().stream().map(ContentProblem::message).toList();
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("Liquid tag {% comment %}")), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.contains("includes missing.md")), notes::toString);
    assertTrue(notes.stream().anyMatch(n -> n.contains("{{ page.root }}")), notes::toString);
  }

  @Test
  void aRealSizedGiftQuestionBankImportsAndOnlyAnOversizedOneIsRefused() throws IOException {
    minimalCourse();
    StringBuilder bank = new StringBuilder("// title: Question bank\n\n");
    int questions = 0;
    while (bank.length() < 2_000_000) {
      questions++;
      bank.append("::Q")
          .append(questions)
          .append(":: Is breath number ")
          .append(questions)
          .append(" a way to “come back” to the body? 🌿 {T#Yes, it can be.#Often it is.}\n\n");
    }
    write(DEMO + "01-intro/02-bank.gift", bank.toString());

    CourseSource course = readValid("demo");
    assertEquals(
        questions,
        course.modules().get(0).lessons().get(1).quiz().questions().size(),
        "a 2 MB bank, twice what 1 MB held, imports whole");

    write(DEMO + "01-intro/02-bank.gift", bank.toString().repeat(4));
    assertSingleProblem(
        read("demo"),
        DEMO + "01-intro/02-bank.gift",
        0,
        "a GIFT question bank may be at most 8000000");
  }

  @Test
  void aBrokenGiftQuestionOrQuizLinkIsReportedAtItsLine() throws IOException {
    minimalCourse();
    write(
        DEMO + "01-intro/02-check.gift",
        """
        // title: Check

        [markdown]Read [this](09-missing.md) first. {T}

        ::Tomb:: Who is buried in Grant's tomb? {
          ~Grant
          ~Nobody
        }
        """);

    CourseReading reading = read("demo");

    assertTrue(reading.course().isEmpty());
    assertEquals(2, reading.problems().size(), () -> "problems: " + reading.problems());
    assertProblem(
        reading.problems().get(0),
        DEMO + "01-intro/02-check.gift",
        3,
        "links to 09-missing.md, but there is no lesson, quiz or worksheet at"
            + " courses/demo/01-intro/09-missing.md");
    assertProblem(
        reading.problems().get(1),
        DEMO + "01-intro/02-check.gift",
        5,
        "question \"Tomb\" has no right answer");
  }

  @Test
  void aQuizCannotShareItsNameWithALesson() throws IOException {
    minimalCourse();
    write(DEMO + "02-more/01-hello.quiz.yaml", "title: Hello\n");

    assertSingleProblem(
        read("demo"),
        DEMO + "02-more/01-hello.quiz.yaml",
        0,
        "has the same name as courses/demo/01-intro/01-hello.md once the number and extension are"
            + " dropped");
  }

  @Test
  void aCourseWhoseOnlyItemIsAQuizHasSomethingToShow() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(DEMO + "01-intro/01-check.gift", "Sun hot? {T}\n");

    CourseSource course = readValid("demo");

    assertEquals(1, course.lessonCount());
    assertEquals(
        "Check",
        course.modules().get(0).lessons().get(0).title(),
        "a GIFT quiz is titled after its file name");
  }

  // ---------------------------------------------------------------------------------------------
  // Worksheets
  // ---------------------------------------------------------------------------------------------

  @Test
  void worksheetsAreItemsOfTheirModuleInNumberOrderAmongLessonsAndQuizzes() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(
        DEMO + "01-intro/01-hello.md",
        lesson("Hello", "When you are ready, [fill in the log](10-log.worksheet.md#day-1).\n"));
    write(
        DEMO + "01-intro/02-check.quiz.yaml",
        "title: Check\nquestions:\n  - type: true-false\n    prompt: Ready?\n    answer: true\n");
    write(
        DEMO + "01-intro/10-log.worksheet.md",
        """
        ---
        title: Practice log
        required: false
        description: A few days of practice. See [the lesson](01-hello.md).
        ---
        ::: repeat 2
        ## Day {n}

        [Date]{date #date}
        [How calm did I feel on day {n}?]{scale #calm}
        :::
        """);
    write(
        DEMO + "01-intro/3-reflect.worksheet.md",
        lesson("Reflect", "[What helped?]{long #helped lines=6}\n"));

    CourseReading reading = read("demo");
    assertEquals(List.of(), reading.problems());
    assertEquals(List.of(), reading.notes(), "worksheets are read, no longer skipped with a note");
    CourseSource course = reading.course().orElseThrow();

    List<LessonOutline> items = course.modules().get(0).lessons();
    assertEquals(
        List.of("hello", "check", "reflect", "log"),
        items.stream().map(LessonOutline::slug).toList());
    assertEquals(
        List.of(ItemKind.LESSON, ItemKind.QUIZ, ItemKind.WORKSHEET, ItemKind.WORKSHEET),
        items.stream().map(LessonOutline::kind).toList());
    assertEquals(4, course.lessonCount());
    assertTrue(
        items.get(0).html().contains("href=\"log#day-1\""),
        "a lesson links a worksheet by its slug: " + items.get(0).html());

    LessonOutline reflect = items.get(2);
    assertEquals("Reflect", reflect.title());
    assertTrue(reflect.required());
    assertEquals(
        List.of(new WorksheetField("helped", FieldType.LONG_TEXT, "What helped?", 6)),
        reflect.worksheet().fields());

    LessonOutline log = items.get(3);
    assertEquals("Practice log", log.title());
    assertFalse(log.required());
    assertEquals(5, log.minutes(), "a worksheet takes at least five minutes");
    assertTrue(
        log.html().startsWith("<p>A few days of practice. See <a href=\"hello\""),
        "the description links a lesson: " + log.html());
    assertEquals(
        "A few days of practice. See [the lesson](01-hello.md).", log.worksheet().description());
    assertEquals(
        List.of(
            new WorksheetField("date-1", FieldType.DATE, "Date", 1),
            new WorksheetField("calm-1", FieldType.SCALE, "How calm did I feel on day 1?", 1),
            new WorksheetField("date-2", FieldType.DATE, "Date", 1),
            new WorksheetField("calm-2", FieldType.SCALE, "How calm did I feel on day 2?", 1)),
        log.worksheet().fields());
    assertEquals("<h2 id=\"day-2\">Day 2</h2>\n", log.worksheet().blocks().get(3).proseHtml());
    assertEquals(
        1 + 1 + 5 + 5,
        course.details().estimatedMinutes(),
        "worksheet minutes count towards the course's");
  }

  @Test
  void aBrokenWorksheetKeepsTheCourseOutWithItsPathAndLine() throws IOException {
    minimalCourse();
    write(
        DEMO + "01-intro/02-reflect.worksheet.md",
        """
        ---
        title: Reflect
        ---
        A few questions.

        [What helped?]{long #helped}
        [What else helped?]{long #helped}
        """);

    assertSingleProblem(
        read("demo"),
        DEMO + "01-intro/02-reflect.worksheet.md",
        7,
        "the field name #helped is already used on line 6; give each field a name of its own");
  }

  @Test
  void aBrokenLinkRepeatedInAWorksheetIsReportedOnce() throws IOException {
    minimalCourse();
    write(
        DEMO + "01-intro/02-log.worksheet.md",
        """
        ---
        title: Log
        ---
        ::: repeat 7
        Day {n}: see [the missing lesson](09-missing.md).
        [Notes]{text #notes}
        :::
        """);

    assertSingleProblem(
        read("demo"),
        DEMO + "01-intro/02-log.worksheet.md",
        5,
        "links to 09-missing.md, but there is no lesson, quiz or worksheet at"
            + " courses/demo/01-intro/09-missing.md");
  }

  @Test
  void aWorksheetCannotShareItsNameWithALesson() throws IOException {
    minimalCourse();
    write(DEMO + "02-more/01-hello.worksheet.md", lesson("Hello", "[Notes]{text #notes}\n"));

    assertSingleProblem(
        read("demo"),
        DEMO + "02-more/01-hello.worksheet.md",
        0,
        "has the same name as courses/demo/01-intro/01-hello.md once the number and extension are"
            + " dropped; lesson, quiz and worksheet names must differ across the course");
  }

  // ---------------------------------------------------------------------------------------------
  // Symbolic links
  // ---------------------------------------------------------------------------------------------

  @Test
  void symbolicLinkInsideACourseFolderIsRefusedByTheScan() throws IOException {
    minimalCourse();
    Path secret = write("secret.md", lesson("Secret", "Not part of any course."));
    Files.createSymbolicLink(root.resolve(DEMO + "01-intro/02-link.md"), secret);

    ContentScan scan = source.scan();

    assertTrue(
        scan.folders().stream().noneMatch(f -> f.slug().equals("demo")),
        "folders: " + scan.folders());
    assertEquals(1, scan.problems().size(), () -> "problems: " + scan.problems());
    assertProblem(scan.problems().get(0), DEMO + "01-intro/02-link.md", 0, "is a symbolic link");
  }

  @Test
  void symbolicLinkToAFolderOutsideIsRefusedByTheScan() throws IOException {
    minimalCourse();
    Path outside = Files.createDirectories(root.resolve("elsewhere"));
    write("elsewhere/01-stolen.md", lesson("Stolen", "x"));
    Files.createSymbolicLink(root.resolve(DEMO + "02-linked"), outside);

    ContentScan scan = source.scan();

    assertTrue(scan.folders().isEmpty(), "folders: " + scan.folders());
    assertProblem(scan.problems().get(0), DEMO + "02-linked", 0, "is a symbolic link");
  }

  @Test
  void courseFolderThatIsASymbolicLinkIsRefused() throws IOException {
    minimalCourse();
    Files.createSymbolicLink(root.resolve("courses/alias"), root.resolve("courses/demo"));

    ContentScan scan = source.scan();

    assertEquals(List.of("demo"), scan.folders().stream().map(CourseFolder::slug).toList());
    assertEquals(1, scan.problems().size(), () -> "problems: " + scan.problems());
    assertProblem(scan.problems().get(0), "courses/alias", 0, "is a symbolic link");
  }

  @Test
  void symbolicLinkAddedAfterTheScanIsStillNotRead() throws IOException {
    minimalCourse();
    CourseFolder folder = folder("demo");
    Path secret = write("secret.md", lesson("Secret", "Not part of any course."));
    Files.createSymbolicLink(root.resolve(DEMO + "01-intro/02-link.md"), secret);

    CourseReading reading = source.read(folder);

    assertTrue(reading.course().isEmpty());
    assertEquals(1, reading.problems().size(), () -> "problems: " + reading.problems());
    assertEquals(DEMO + "01-intro/02-link.md", reading.problems().get(0).path());
  }

  // ---------------------------------------------------------------------------------------------
  // Scanning the content folder
  // ---------------------------------------------------------------------------------------------

  @Test
  void oneBadCourseDoesNotStopAnotherFromBeingRead() throws IOException {
    write("courses/bad/course.yaml", "summary: no title\n");
    write("courses/bad/01-intro/01-hello.md", "---\ntitle: [not, a, title]\n---\nBody.\n");
    write("courses/good/course.yaml", "title: Good\n");
    write("courses/good/01-intro/01-hello.md", lesson("Hello", "x"));

    ContentScan scan = source.scan();

    assertEquals(List.of("bad", "good"), scan.folders().stream().map(CourseFolder::slug).toList());
    assertEquals(List.of(), scan.problems());
    CourseReading bad = source.read(scan.folders().get(0));
    CourseReading good = source.read(scan.folders().get(1));
    assertTrue(bad.course().isEmpty());
    assertEquals(2, bad.problems().size(), () -> "problems: " + bad.problems());
    assertEquals(List.of(), good.problems());
    assertEquals("Good", good.course().orElseThrow().details().title());
  }

  @Test
  void missingCoursesFolderIsReported() {
    ContentScan scan = source.scan();

    assertEquals(List.of(), scan.folders());
    assertProblem(scan.problems().get(0), "courses", 0, "is missing");
  }

  @Test
  void strayEntriesInTheCoursesFolderAreReportedAndHiddenOnesSkipped() throws IOException {
    minimalCourse();
    write("courses/readme.txt", "hello");
    Files.createDirectories(root.resolve("courses/My Course"));
    Files.createDirectories(root.resolve("courses/.git"));

    ContentScan scan = source.scan();

    assertEquals(List.of("demo"), scan.folders().stream().map(CourseFolder::slug).toList());
    assertEquals(2, scan.problems().size(), () -> "problems: " + scan.problems());
    assertProblem(scan.problems().get(0), "courses/My Course", 0, "is not a valid course name");
    assertProblem(scan.problems().get(1), "courses/readme.txt", 0, "is a file");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }

  private static String lesson(String title, String body) {
    return "---\ntitle: " + title + "\n---\n" + body;
  }

  /** courses/demo with a title and one lesson, courses/demo/01-intro/01-hello.md. */
  private void minimalCourse() throws IOException {
    write(DEMO + "course.yaml", "title: Demo\n");
    write(HELLO, lesson("Hello", "Hello there.\n"));
  }

  private CourseFolder folder(String slug) {
    ContentScan scan = source.scan();
    Optional<CourseFolder> folder =
        scan.folders().stream().filter(f -> f.slug().equals(slug)).findFirst();
    if (folder.isEmpty()) {
      fail("the scan found no folder " + slug + "; problems: " + scan.problems());
    }
    return folder.get();
  }

  private CourseReading read(String slug) {
    return source.read(folder(slug));
  }

  private CourseSource readValid(String slug) {
    CourseReading reading = read(slug);
    assertEquals(List.of(), reading.problems());
    return reading.course().orElseThrow();
  }

  private static LessonOutline lessonOf(CourseReading reading) {
    assertEquals(List.of(), reading.problems());
    return reading.course().orElseThrow().modules().get(0).lessons().get(0);
  }

  private static void assertSingleNote(
      CourseReading reading, String path, int line, String fragment) {
    assertEquals(1, reading.notes().size(), () -> "expected one note, got: " + reading.notes());
    assertProblem(reading.notes().get(0), path, line, fragment);
  }

  private static void assertSingleProblem(
      CourseReading reading, String path, int line, String fragment) {
    assertTrue(reading.course().isEmpty(), "a course with a problem must not be read");
    assertEquals(
        1, reading.problems().size(), () -> "expected one problem, got: " + reading.problems());
    assertProblem(reading.problems().get(0), path, line, fragment);
  }

  private static void assertProblem(
      ContentProblem problem, String path, int line, String fragment) {
    assertEquals(path, problem.path(), () -> "path of " + problem);
    assertEquals(line, problem.line(), () -> "line of " + problem);
    assertTrue(
        problem.message().contains(fragment),
        () -> "\"" + problem.message() + "\" should contain \"" + fragment + "\"");
  }

  private static ContentProblem problem(
      List<ContentProblem> problems, String path, String fragment) {
    return problems.stream()
        .filter(p -> p.path().equals(path) && p.message().contains(fragment))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no problem at "
                        + path
                        + " with \""
                        + fragment
                        + "\" among: "
                        + problems.stream()
                            .map(ContentProblem::toString)
                            .collect(Collectors.joining("; "))));
  }
}
