package org.hearth.infrastructure.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hearth.application.authoring.GiftQuestions;
import org.hearth.application.authoring.QuizQuestionDraft;
import org.hearth.infrastructure.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.html.Encoding;

class GiftToQuizTest {

  private static final String PATH = "paste.gift";
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  static Stream<String> plainTexts() {
    return Stream.of(
        "2 * 3 = 6",
        "_under_ and *star* and **strong**",
        "[link](x) and ![image](y.png)",
        "<b>bold</b> <i>",
        "<http://x.example>",
        "&amp; &copy; &#169; &",
        "# heading",
        "## heading",
        "> quote",
        "- item",
        "+ item",
        "* item",
        "1. one",
        "10) ten",
        "===",
        "---",
        "***",
        "___",
        "~~~",
        "```code```",
        "`tick`",
        "| a | b |\n|---|---|",
        "[^1] and [^1]: note",
        "[ ] task",
        "[x]: http://ref.example",
        "back\\slash \\* and \\",
        "ends with a backslash\\\nnext line",
        "line one\nline two",
        "paragraph\n\nparagraph",
        "    indented, not code",
        "C# & F#",
        "x < y > z",
        "Setext\n===",
        "Setext\n---",
        "emoji 🙂 and café",
        "tab\there",
        "a  b",
        "Grant is _____ in Grant's tomb.");
  }

  @ParameterizedTest
  @MethodSource("plainTexts")
  void plainTextAsMarkdownShowsWhatTheGiftReaderShows(String text) {
    String markdown = MarkdownSource.ofPlainText(text);

    assertEquals(
        shown(PlainText.toHtml(text)), shown(renderer.render(markdown)), "Markdown: " + markdown);
  }

  @Test
  void plainTextWithoutMarkdownSyntaxIsLeftAlone() {
    assertEquals(
        "Who's buried in Grant's tomb? Ratios are 1:2, sets {a, b}; 100% (or so) - fine!",
        MarkdownSource.ofPlainText(
            "Who's buried in Grant's tomb? Ratios are 1:2, sets {a, b}; 100% (or so) - fine!"));
  }

  @Test
  void htmlKeepsItsWordsParagraphsLineBreaksAndLinks() {
    String markdown =
        MarkdownSource.ofHtml(
            "<h2>Title</h2><ul><li>one</li><li><em>two</em> &lt;2&gt;</li></ul><p>A <a"
                + " href=\"https://example.org/a?b=1&amp;c=2\">link</a>.<br/>Next  "
                + " line</p><script>alert(1)</script>");

    assertEquals(
        "Title\n\none\\\ntwo <2>\n\nA link (https://example.org/a?b=1&c=2).\\\nNext line",
        markdown);
  }

  @Test
  void readingUsesTheQuizKindForRightAnswers() {
    GiftQuestions.Reading graded = new GiftToQuiz().read("Feel? {~calm ~tense}", PATH, true);
    GiftQuestions.Reading selfCheck = new GiftToQuiz().read("Feel? {~calm ~tense}", PATH, false);

    assertEquals(List.of(), graded.questions());
    assertEquals(1, graded.problems().size());
    assertEquals(1, graded.problems().get(0).line());
    assertEquals(1, selfCheck.questions().size());
    assertEquals(List.of(), selfCheck.problems());
  }

  @Test
  void shortAnswersWithTheirOwnFeedbackKeepTheFirstAndSaySo() {
    GiftQuestions.Reading reading =
        new GiftToQuiz().read("Word? {=calm#Yes, calm. =rest#Yes, rest.}", PATH, true);

    QuizQuestionDraft question = reading.questions().get(0);
    assertEquals("Yes, calm.", question.getFeedbackCorrect());
    assertEquals(
        List.of(
            PATH
                + ":1: this question has its own feedback for each accepted answer, but Hearth's"
                + " YAML has one for them all: the first was kept"),
        reading.notes().stream().map(Object::toString).toList());
  }

  @Test
  void aSingleChoiceWithTwoRightAnswersKeepsBothAndSaysSo() {
    GiftQuestions.Reading reading =
        new GiftToQuiz().read("Capital? {=Ottawa =Canberra ~Paris}", PATH, true);

    assertEquals(
        List.of(true, true, false),
        reading.questions().get(0).getOptions().stream().map(o -> o.isCorrect()).toList());
    assertTrue(
        reading.notes().get(0).message().startsWith("this question has 2 right answers"),
        reading.notes().toString());
  }

  /**
   * What a browser shows of some HTML: its text, one line per line break, blank lines between
   * paragraphs.
   */
  private static String shown(String html) {
    String text =
        html.strip()
            .replace("</p>\n<p>", "\n\n")
            .replaceAll("<br ?/?>\n?", "\n")
            .replaceAll("<[^>]+>", "");
    List<String> lines = new ArrayList<>();
    for (String line : Encoding.decodeHtml(text).split("\n", -1)) {
      lines.add(line.strip().replaceAll("[ \\t]+", " "));
    }
    return String.join("\n", lines).strip();
  }
}
