package org.hearth.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hearth.application.content.ContentProblem;
import org.hearth.domain.catalog.ItemKind;
import org.hearth.domain.catalog.LessonOutline;
import org.hearth.domain.worksheet.FieldType;
import org.hearth.domain.worksheet.WorksheetBlock;
import org.hearth.domain.worksheet.WorksheetDefinition;
import org.hearth.domain.worksheet.WorksheetField;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class WorksheetReaderTest {

  private static final String PATH = "courses/demo/01-intro/04-log.worksheet.md";

  /** Front matter of three lines, so the body starts on line 4. */
  private static final String FRONT = "---\ntitle: Practice log\n---\n";

  private final ProblemList problems = new ProblemList();
  private Optional<LessonOutline> read = Optional.empty();

  /** Each link as "destination@file line", in the order the renderer met them. */
  private final List<String> links = new ArrayList<>();

  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final QuizMarkdown markdown =
      (text, firstLine) ->
          renderer.render(
              text,
              (destination, image, line) -> {
                links.add(destination + "@" + (line + firstLine - 1));
                return destination.endsWith(".md")
                    ? "lesson-" + destination.replace(".md", "")
                    : destination;
              });

  // ---------------------------------------------------------------------------------------------
  // Front matter
  // ---------------------------------------------------------------------------------------------

  @Test
  void aMinimalWorksheetTakesEveryDefault() {
    LessonOutline item = readValid(FRONT + "[What helped?]{long #helped}\n");

    assertEquals("log", item.slug());
    assertEquals("Practice log", item.title());
    assertEquals(ItemKind.WORKSHEET, item.kind());
    assertTrue(item.required(), "a worksheet is required unless it says otherwise");
    assertEquals(5, item.minutes(), "a worksheet takes at least five minutes");
    assertEquals("", item.html(), "no description");
    assertEquals("", item.worksheet().description());
    assertFalse(item.preview());
    assertEquals(List.of(), item.objectives());
    assertNull(item.quiz());
  }

  @Test
  void readsEveryFrontMatterField() {
    LessonOutline item =
        readValid(
            """
            ---
            title: "Listening: a log"
            required: false
            minutes: 12
            description: |
              Notice what they **say** and what they do.
              See [the lesson](02-listen.md).
            ---
            [Notes]{text #notes}
            """);

    assertEquals("Listening: a log", item.title());
    assertFalse(item.required());
    assertEquals(12, item.minutes());
    assertEquals(
        "Notice what they **say** and what they do.\nSee [the lesson](02-listen.md).",
        item.worksheet().description(),
        "the description is kept as Markdown, for the PDF");
    assertTrue(
        item.html()
            .startsWith(
                "<p>Notice what they <strong>say</strong> and what they do.\n"
                    + "See <a href=\"lesson-02-listen\""),
        item.html());
    assertEquals(
        List.of("02-listen.md@7"),
        links,
        "the description's link is checked at its line in the file");
  }

  @Test
  void minutesDefaultToReadingTimeWhenThatIsLongerThanFiveMinutes() {
    String body = "word ".repeat(1_150) + "\n\n[Notes]{text #notes}\n";

    assertEquals(6, readValid(FRONT + body).minutes(), "1152 words at 200 a minute, rounded up");
  }

  // ---------------------------------------------------------------------------------------------
  // Fields
  // ---------------------------------------------------------------------------------------------

  @Test
  void readsEveryFieldTypeInOrder() {
    WorksheetDefinition worksheet =
        readValid(
                FRONT
                    + """
                    [Date]{date #date}
                    [Practice used]{text #practice}
                    [What triggered me today?]{long #trigger}
                    [What helped?]{long #helped lines=8}
                    [I connected with a safe person]{checkbox #safe-person}
                    [How regulated did I feel before?]{scale #before}
                    """)
            .worksheet();

    assertEquals(
        List.of(
            new WorksheetField("date", FieldType.DATE, "Date", 1),
            new WorksheetField("practice", FieldType.TEXT, "Practice used", 1),
            new WorksheetField("trigger", FieldType.LONG_TEXT, "What triggered me today?", 4),
            new WorksheetField("helped", FieldType.LONG_TEXT, "What helped?", 8),
            new WorksheetField(
                "safe-person", FieldType.CHECKBOX, "I connected with a safe person", 1),
            new WorksheetField("before", FieldType.SCALE, "How regulated did I feel before?", 1)),
        worksheet.fields());
    assertEquals(
        6, worksheet.blocks().size(), "fields on consecutive lines have no prose between them");
    assertEquals(FieldType.SCALE, worksheet.field("before").orElseThrow().type());
  }

  @Test
  void attributesMayComeInAnyOrderAndLabelsAreTidied() {
    WorksheetDefinition worksheet =
        readValid(
                FRONT
                    + """
                    [  What   helped *today*?  ]{ lines=2   #helped long }
                       [Indented up to three spaces]{text #indented}
                    """)
            .worksheet();

    assertEquals(
        List.of(
            new WorksheetField("helped", FieldType.LONG_TEXT, "What helped *today*?", 2),
            new WorksheetField("indented", FieldType.TEXT, "Indented up to three spaces", 1)),
        worksheet.fields(),
        "a label is plain text: spaces are tidied, Markdown is kept as written");
  }

  @Test
  void aNameMayBeSixtyCharactersAndLinesFromTwoToThirty() {
    String sixty = "a".repeat(60);

    WorksheetDefinition worksheet =
        readValid(FRONT + "[A]{text #" + sixty + "}\n[B]{long #b lines=2}\n[C]{long #c lines=30}\n")
            .worksheet();

    assertEquals(
        List.of(sixty, "b", "c"), worksheet.fields().stream().map(WorksheetField::name).toList());
    assertEquals(
        List.of(1, 2, 30), worksheet.fields().stream().map(WorksheetField::lines).toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Prose
  // ---------------------------------------------------------------------------------------------

  @Test
  void proseBetweenFieldsIsRenderedAsLessonsAre() {
    WorksheetDefinition worksheet =
        readValid(
                FRONT
                    + """

                    ## Before you start

                    Take a **slow** breath.
                    [What helped?]{long #helped}

                    A note with [a link](01-hello.md) and <script>alert(1)</script>.

                    [Notes]{text #notes}
                    """)
            .worksheet();

    List<WorksheetBlock> blocks = worksheet.blocks();
    assertEquals(4, blocks.size(), () -> "blocks: " + blocks);
    assertEquals(
        "## Before you start\n\nTake a **slow** breath.\n",
        blocks.get(0).proseMarkdown(),
        "blank lines around prose are dropped");
    assertEquals(
        "<h2 id=\"before-you-start\">Before you start</h2>\n"
            + "<p>Take a <strong>slow</strong> breath.</p>\n",
        blocks.get(0).proseHtml());
    assertTrue(blocks.get(1).isField());
    String note = blocks.get(2).proseHtml();
    assertTrue(note.contains("href=\"lesson-01-hello\""), note);
    assertFalse(
        note.contains("<script") || note.contains("alert"), "the script is left out: " + note);
    assertEquals(List.of("01-hello.md@10"), links, "links are checked at their lines in the file");
  }

  @Test
  void linesInsideCodeFencesAreProseNeverFields() {
    WorksheetDefinition worksheet =
        readValid(
                FRONT
                    + """
                    A field is written like this:

                    ```markdown
                    [What helped?]{long #helped}
                    ::: repeat 7
                    ```

                    ~~~~
                    [Also not a field]{text #helped}
                    ```
                    :::
                    ~~~~

                        [Indented four spaces: code]{text #code}

                    [Notes]{text #notes}
                    """)
            .worksheet();

    assertEquals(List.of("notes"), worksheet.fields().stream().map(WorksheetField::name).toList());
    assertEquals(2, worksheet.blocks().size());
    String html = worksheet.blocks().get(0).proseHtml();
    assertTrue(
        html.contains(
            "<code class=\"language-markdown\">[What helped?]{long #helped}\n"
                + "::: repeat 7\n"
                + "</code>"),
        html);
    assertTrue(
        html.contains("[Also not a field]{text #helped}\n&#96;&#96;&#96;\n:::\n</code>"),
        "a ``` line does not close ~~~~: " + html);
    assertTrue(html.contains("[Indented four spaces: code]{text #code}"), html);
  }

  @Test
  void aFieldQuotedInInlineCodeIsProse() {
    WorksheetDefinition worksheet =
        readValid(FRONT + "Write `[Label]{text #name}` on its own line.\n\n[Notes]{text #notes}\n")
            .worksheet();

    assertEquals(1, worksheet.fields().size());
    assertTrue(worksheet.blocks().get(0).proseHtml().contains("<code>[Label]{text #name}</code>"));
  }

  // ---------------------------------------------------------------------------------------------
  // Repeated sections
  // ---------------------------------------------------------------------------------------------

  @Test
  void aRepeatedSectionIsExpandedWithItsNumber() {
    WorksheetDefinition worksheet =
        readValid(
                FRONT
                    + """
                    Fill in one day at a time.

                    ::: repeat 3
                    ### Day {n}

                    [Date]{date #date}
                    [How regulated did I feel before, on day {n}?]{scale #before}
                    :::

                    [What did I notice over the {n} days?]{long #noticed}
                    """)
            .worksheet();

    assertEquals(
        List.of("date-1", "before-1", "date-2", "before-2", "date-3", "before-3", "noticed"),
        worksheet.fields().stream().map(WorksheetField::name).toList());
    assertEquals(
        "How regulated did I feel before, on day 2?",
        worksheet.field("before-2").orElseThrow().label());
    assertEquals("Date", worksheet.field("date-3").orElseThrow().label());
    assertEquals(
        "What did I notice over the {n} days?",
        worksheet.field("noticed").orElseThrow().label(),
        "{n} stands for a number only inside a repeated section");
    List<String> prose =
        worksheet.blocks().stream()
            .filter(b -> !b.isField())
            .map(WorksheetBlock::proseMarkdown)
            .toList();
    assertEquals(
        List.of("Fill in one day at a time.\n", "### Day 1\n", "### Day 2\n", "### Day 3\n"),
        prose);
    assertEquals("<h3 id=\"day-3\">Day 3</h3>\n", worksheet.blocks().get(7).proseHtml());
  }

  @Test
  void aRepeatedSectionMayRunOnceOrThirtyOneTimes() {
    assertEquals(List.of("x-1"), names(readValid(FRONT + "::: repeat 1\n[X]{text #x}\n:::\n")));
    assertEquals(31, names(readValid(FRONT + "::: repeat 31\n[X]{checkbox #x}\n:::\n")).size());
    assertEquals(
        List.of("x-1", "x-2"),
        names(readValid(FRONT + ":::: repeat 2 ::::\n[X]{text #x}\n::::\n")),
        "fences of more colons are fine, as in Pandoc");
  }

  // ---------------------------------------------------------------------------------------------
  // Problems: every one is reported at its line, and the worksheet is not read
  // ---------------------------------------------------------------------------------------------

  @Test
  void aDuplicateFieldNameNamesTheEarlierLine() {
    read(FRONT + "[What helped?]{long #helped}\n\n[Again]{text #helped}\n");

    assertProblems(
        "6: the field name #helped is already used on line 4; give each field a name of its own");
  }

  @Test
  void aNameDuplicatedByARepetitionIsReportedOnce() {
    read(
        FRONT
            + """
            [Before the week]{scale #before-2}
            ::: repeat 7
            [Before]{scale #before}
            [Notes]{text #notes}
            [Notes again]{text #notes}
            :::
            """);

    assertProblems(
        "6: the field name #before-2 is already used on line 4 (a repeated field's name ends with"
            + " its repetition's number)",
        "8: the field name #notes-1 is already used on line 7");
  }

  @Test
  void anUnknownTypeIsReportedWithTheTypesThereAre() {
    read(FRONT + "\n[What helped?]{textarea #helped}\n");

    assertProblems(
        "5: field #helped has the type \"textarea\", which is not a field type; use text, long,"
            + " checkbox, scale or date");
  }

  @Test
  void aFieldWithoutALabelIsReported() {
    read(FRONT + "[]{text #x}\n[   ]{checkbox #y}\n");

    assertProblems(
        "4: field #x is missing its label; write what it asks between the brackets, such as [What"
            + " helped today?]{text #x}",
        "5: field #y is missing its label");
  }

  @Test
  void anUnknownAttributeIsReported() {
    read(FRONT + "[Notes]{text #notes size=3}\n[More]{text .wide #more}\n");

    assertProblems(
        "4: field #notes has \"size=3\", which is not a known attribute; a field takes a type, a"
            + " #name and, if it is long, lines=N",
        "5: field #more has \".wide\", which is not a known attribute");
  }

  @Test
  void linesAreOnlyForLongFieldsAndFromTwoToThirty() {
    read(
        FRONT
            + """
            [A]{text #a lines=3}
            [B]{long #b lines=1}
            [C]{long #c lines=31}
            [D]{long #d lines=many}
            [E]{long #e lines=3 lines=4}
            """);

    assertProblems(
        "4: field #a has lines=3, but only a long field takes a number of lines",
        "5: field #b has lines=1; lines must be a whole number from 2 to 30",
        "6: field #c has lines=31; lines must be a whole number from 2 to 30",
        "7: field #d has lines=many; lines must be a whole number from 2 to 30",
        "8: field #e gives lines= twice; keep one");
  }

  @Test
  void aFieldNeedsATypeAndAName() {
    read(FRONT + "[What helped?]{#helped}\n[Notes]{text}\n[Empty]{}\n");

    assertProblems(
        "4: field #helped has no type; write one before the name, such as {text #helped}, using"
            + " text, long, checkbox, scale or date",
        "5: field [Notes] has no name; add one after the type, such as {text #what-helped}",
        "6: field [Empty]{} needs a type and a name between the braces, such as {text"
            + " #what-helped}");
  }

  @Test
  void aFieldHasOneTypeAndOneName() {
    read(FRONT + "[A]{text long #a}\n[B]{text #b #c}\n");

    assertProblems(
        "4: field #a has two types, text and long; a field has exactly one",
        "5: field #b has a second name, #c; a field has exactly one");
  }

  @Test
  void namesAreLowercaseWordsJoinedByHyphensAndAtMostSixtyLong() {
    String long61 = "a".repeat(61);
    read(
        FRONT
            + "[A]{text #What}\n[B]{text #safe_person}\n[C]{text #-c}\n[D]{text #}\n[E]{text #"
            + long61
            + "}\n");

    assertProblems(
        "4: field name #What must be lowercase letters and digits, in words joined by single"
            + " hyphens, such as #what-helped",
        "5: field name #safe_person must be lowercase letters and digits",
        "6: field name #-c must be lowercase letters and digits",
        "7: field [D] has a # with no name after it",
        "8: field name #" + long61 + " is 61 characters long; names may be at most 60");
  }

  @Test
  void aFieldInsideOtherTextIsReported() {
    read(FRONT + "[Notes]{text #notes}\nToday I felt [calm]{scale #calm} at times.\n");

    assertProblems("5: holds a field inside other text; write each field on a line of its own");
  }

  @Test
  void anUnclosedRepeatIsReportedAtItsOpeningLine() {
    read(FRONT + "Intro.\n\n::: repeat 7\n[Date]{date #date}\n");

    assertProblems(
        "6: \"::: repeat 7\" is never closed; add a line \":::\" where the section ends");
  }

  @Test
  void aCodeFenceLeftOpenSwallowsTheCloseAndIsReported() {
    read(FRONT + "::: repeat 2\n[Date]{date #date}\n```\n:::\n");

    assertProblems(
        "6: opens a code block with ``` that is never closed",
        "4: \"::: repeat 2\" is never closed");
  }

  @Test
  void repeatedSectionsCannotBeNested() {
    read(
        FRONT
            + """
            ::: repeat 7
            [Date]{date #date}
            ::: repeat 2
            [Time]{text #time}
            :::
            :::
            """);

    assertProblems(
        "6: opens a repeated section inside the one opened on line 4; sections cannot be nested, "
            + "so close that one with \":::\" first");
  }

  @Test
  void aCloseWithoutAnOpenIsReported() {
    read(FRONT + "[Date]{date #date}\n:::\n");

    assertProblems("5: closes a section with \":::\", but no section is open");
  }

  @Test
  void onlyRepeatSectionsAreKnown() {
    read(FRONT + "::: note\nCareful.\n:::\n[Date]{date #date}\n");

    assertProblems(
        "4: \"::: note\" is not a section a worksheet knows; the only one is a repeated section");
  }

  @Test
  void aRepeatNeedsACountFromOneToThirtyOne() {
    read(
        FRONT
            + """
            ::: repeat 0
            [A]{text #a}
            :::
            ::: repeat 32
            [B]{text #b}
            :::
            ::: repeat
            [C]{text #c}
            :::
            ::: repeat seven days
            [D]{text #d}
            :::
            """);

    assertProblems(
        "4: \"::: repeat\" needs how many times to repeat, a whole number from 1 to 31, such as"
            + " \"::: repeat 7\"; not \"0\"",
        "7: \"::: repeat\" needs how many times to repeat, a whole number from 1 to 31, such as"
            + " \"::: repeat 7\"; not \"32\"",
        "10: \"::: repeat\" needs how many times to repeat, a whole number from 1 to 31, such as"
            + " \"::: repeat 7\"; not \"\"",
        "13: \"::: repeat\" needs how many times to repeat, a whole number from 1 to 31, such as"
            + " \"::: repeat 7\"; not \"seven days\"");
  }

  @Test
  void aWorksheetWithoutFieldsIsReported() {
    read(FRONT + "Just some thoughts.\n\n    [Code]{text #code}\n");

    assertProblems("4: has no fields; add a line such as [What helped?]{long #helped}");
  }

  @Test
  void aWorksheetWhoseOnlyFieldIsWrongIsNotAlsoSaidToHaveNone() {
    read(FRONT + "[Notes]{txt #notes}\n");

    assertProblems("4: field #notes has the type \"txt\"");
  }

  @Test
  void aWorksheetOfMoreThanFiveHundredFieldsIsReported() {
    String seventeen = "";
    for (int i = 1; i <= 17; i++) {
      seventeen += "[Field " + i + "]{checkbox #f" + i + "}\n";
    }
    read(FRONT + "::: repeat 31\n" + seventeen + ":::\n");

    assertProblems("12: makes this worksheet longer than 500 fields, counting each repetition");
  }

  @Test
  void longLinesThatAlmostLookLikeFieldsAreReportedCutShort() {
    String text =
        FRONT
            + "[Notes]{text #notes}\n"
            + "["
            + "]{".repeat(50_000)
            + "x\n"
            + "a ["
            + "[b]{".repeat(50_000)
            + "\n"
            + ":::"
            + " ".repeat(100_000)
            + "x\n"
            + "`"
            + "`[a]{b}".repeat(25_000)
            + "\n";

    read(text);
    assertEquals(
        List.of(7, 8, 7),
        problems.problems().stream().map(ContentProblem::line).toList(),
        () -> "problems: " + problems.problems());
    String message = problems.problems().get(0).message();
    assertTrue(
        message.startsWith("\":::" + " ".repeat(77) + "…\" is not a section a worksheet knows"),
        "a long line is quoted cut short: " + message.substring(0, 120));
  }

  @Test
  void frontMatterIsRequired() {
    read("# Log\n\n[Notes]{text #notes}\n");

    assertProblems(
        "1: needs front matter: start the file with a line \"---\", then \"title: …\", then another"
            + " \"---\"");
  }

  @Test
  void problemsInTheFrontMatterAreReportedAtTheirLines() {
    read(
        """
        ---
        summary: A log.
        minutes: 0
        required: maybe
        ---
        [Notes]{text #notes}
        """);

    assertProblems(
        "2: \"summary\" is not a known field; known fields are description, minutes, required,"
            + " title",
        "3: minutes must be between 1 and 600, not 0",
        "4: required must be true or false, not \"maybe\"",
        "1: title is missing from the front matter; add a line such as \"title: Practice log\"");
  }

  @Test
  void aWorksheetWithSeveralProblemsReportsThemAll() {
    read(
        FRONT
            + "[Date]{dates #date}\n"
            + "[]{scale #calm}\n"
            + "[Notes]{text #notes}\n"
            + "[More notes]{text #notes}\n");

    assertProblems(
        "4: field #date has the type \"dates\"",
        "5: field #calm is missing its label",
        "7: the field name #notes is already used on line 6");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Optional<LessonOutline> read(String text) {
    read = new WorksheetReader(problems, markdown).read(text, PATH, "log");
    return read;
  }

  private LessonOutline readValid(String text) {
    Optional<LessonOutline> item = read(text);
    assertEquals(List.of(), problems.problems());
    assertTrue(item.isPresent(), "a valid worksheet is read");
    return item.get();
  }

  private static List<String> names(LessonOutline item) {
    return item.worksheet().fields().stream().map(WorksheetField::name).toList();
  }

  /**
   * Asserts the problems, each "line: start of message", in any order; the worksheet is then not
   * read.
   */
  private void assertProblems(String... expected) {
    assertTrue(read.isEmpty(), "a worksheet with a problem is not read");
    List<ContentProblem> found = problems.problems();
    String all = found.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    assertEquals(expected.length, found.size(), () -> "problems:\n" + all);
    for (String line : expected) {
      int colon = line.indexOf(": ");
      int number = Integer.parseInt(line.substring(0, colon));
      String message = line.substring(colon + 2);
      assertTrue(
          found.stream()
              .anyMatch(
                  p ->
                      p.path().equals(PATH)
                          && p.line() == number
                          && p.message().startsWith(message)),
          () -> "no problem at line " + number + " starting \"" + message + "\" among:\n" + all);
    }
  }
}
