package org.hearth.infrastructure.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.application.content.MarkdownTooDeep;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersTables() {
    String html =
        renderer.render(
            """
            | Feeling | Where |
            |:--------|------:|
            | Calm    | Chest |
            """);

    assertTrue(html.contains("<table>"), html);
    assertTrue(
        html.contains(
            "<thead><tr><th align=\"left\">Feeling</th><th"
                + " align=\"right\">Where</th></tr></thead>"),
        html);
    assertTrue(
        html.contains(
            "<tbody><tr><td align=\"left\">Calm</td><td align=\"right\">Chest</td></tr></tbody>"),
        html);
  }

  @Test
  void headingsGetAnchorIds() {
    String html = renderer.render("## Safety Comes First\n\n### Next, a Step\n");

    assertTrue(html.contains("<h2 id=\"safety-comes-first\">Safety Comes First</h2>"), html);
    assertTrue(html.contains("<h3 id=\"next-a-step\">Next, a Step</h3>"), html);
  }

  @Test
  void headingsInAnyScriptOrStartingWithADigitGetUniqueIdsThatInPageLinksReach() {
    String html =
        renderer.render(
            """
            ## Émotions et sécurité

            ## 1. Safety first

            ## 王秀英的故事

            ## हिन्दी में सुरक्षा

            ## שלום

            ## Safety first

            ## Safety first

            [Back to the first](#émotions-et-sécurité)
            """);

    assertTrue(html.contains("<h2 id=\"émotions-et-sécurité\">"), html);
    assertTrue(html.contains("<h2 id=\"1-safety-first\">"), html);
    assertTrue(html.contains("<h2 id=\"王秀英的故事\">"), html);
    assertTrue(html.contains("<h2 id=\"हिन्दी-में-सुरक्षा\">"), html);
    assertTrue(html.contains("<h2 id=\"שלום\">"), html);
    assertTrue(html.contains("<h2 id=\"safety-first\">"), html);
    assertTrue(html.contains("<h2 id=\"safety-first-1\">"), "a repeated heading: " + html);
    assertTrue(html.contains("<a href=\"#émotions-et-sécurité\""), html);
  }

  @Test
  void codeBlocksCanBeFocusedSoTheKeyboardCanScrollThem() {
    String html = renderer.render("```bash\nls -la /a/very/long/path\n```\n\n    indented code\n");

    assertEquals(2, html.split("<pre tabindex=\"0\">", -1).length - 1, html);
    assertTrue(html.contains("<code class=\"language-bash\">"), html);
    assertFalse(
        HtmlSanitizer.sanitize("<pre tabindex=\"5\">x</pre><p tabindex=\"0\">y</p>")
            .contains("tabindex"),
        "only code blocks, and only in the normal tab order");
  }

  @Test
  void rendersFootnotes() {
    String html = renderer.render("A claim.[^source]\n\n[^source]: Where it comes from.\n");

    assertTrue(
        html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-source\" id=\"fnref-source\""),
        html);
    assertTrue(html.contains("<section class=\"footnotes\">"), html);
    assertTrue(html.contains("<li id=\"fn-source\">"), html);
    assertTrue(html.contains("Where it comes from."), html);
    assertTrue(html.contains("href=\"#fnref-source\" class=\"footnote-backref\""), html);
  }

  @Test
  void rendersTaskLists() {
    String html = renderer.render("- [ ] Breathe\n- [x] Rest\n");

    assertTrue(html.contains("<li><input type=\"checkbox\" disabled=\"\" /> Breathe</li>"), html);
    assertTrue(
        html.contains("<li><input type=\"checkbox\" disabled=\"\" checked=\"\" /> Rest</li>"),
        html);
  }

  @Test
  void rawHtmlPassesTheLessonAllowListAndWhatItDropsIsReported() {
    List<String> leftOut = new java.util.ArrayList<>();
    String html =
        renderer.render(
            "<div class=\"x\"><b>bold</b></div>\n\n"
                + "Inline <em>tag</em>, <kbd>Ctrl</kbd>+<kbd>C</kbd> and"
                + " <script>alert(1)</script>.\n"
                + "<iframe src=\"https://video.example/embed\"></iframe>\n",
            new LinkRewriter() {
              @Override
              public String rewrite(String destination, boolean image, int line) {
                return destination;
              }

              @Override
              public void leftOut(String what) {
                leftOut.add(what);
              }
            });

    assertTrue(html.contains("<div><b>bold</b></div>"), html);
    assertTrue(html.contains("Inline <em>tag</em>, <kbd>Ctrl</kbd>&#43;<kbd>C</kbd> and ."), html);
    assertFalse(html.contains("script") || html.contains("alert") || html.contains("iframe"), html);
    assertEquals(List.of("the class of <div>, <script>, <iframe>"), leftOut);
  }

  @Test
  void markdownInsideDetailsAndCalloutDivsRendersAsMarkdownAsKramdownDoes() {
    String html =
        renderer.render(
            "<details>\n"
                + "<summary>Show the answer</summary>\n"
                + "The answer is **42**, see [below](#why).\n"
                + "</details>\n\n"
                + "<div class=\"lesson-content__panel challenge\" markdown=\"1\">\n"
                + "## Try it\n"
                + "- one\n"
                + "- two\n"
                + "</div>\n\n"
                + "<span id=\"why\"></span>Because.\n");

    assertTrue(
        html.contains(
            "<details>\n<summary>Show the answer</summary>\n<p>The answer is <strong>42</strong>,"
                + " see <a href=\"#why\""),
        html);
    assertTrue(html.contains("<div class=\"challenge\">"), html);
    assertTrue(html.contains("<h2 id=\"try-it\">Try it</h2>"), html);
    assertTrue(html.contains("<li>one</li>"), html);
    assertTrue(html.contains("<span id=\"why\"></span>Because."), html);
    assertFalse(html.contains("**") || html.contains("&lt;"), html);
  }

  @Test
  void linesAddedAroundHtmlContainersNeverShiftTheLinesProblemsName() {
    List<Integer> lines = new java.util.ArrayList<>();
    renderer.render(
        "<details>\n<summary>S</summary>\nSee [a](a.md).\n</details>\n\n[b](b.md)\n",
        (destination, image, line) -> {
          lines.add(line);
          return destination;
        });
    assertEquals(List.of(3, 6), lines, "the author's own line numbers");
  }

  @Test
  void anAnchorOnItsOwnLineBeforeAHeadingLeavesTheHeadingAHeading() {
    String html =
        renderer.render("Intro.\n\n<span id=\"reasons\"></span>\n## Why\n\nText<br>\nmore.\n");
    assertTrue(html.contains("<span id=\"reasons\"></span>"), html);
    assertTrue(html.contains("<h2 id=\"why\">Why</h2>"), html);
    assertTrue(
        html.contains("<p>Text<br />\nmore.</p>"), "a tag inside a paragraph stays: " + html);
  }

  @Test
  void htmlInsideFencedCodeIsCodeNotMarkup() {
    String html =
        renderer.render("```html\n<details>\n<summary>S</summary>\ntext\n</details>\n```\n");
    assertTrue(html.contains("&lt;details&gt;\n&lt;summary&gt;S&lt;/summary&gt;\ntext\n"), html);
  }

  @Test
  void rightToLeftAndLanguageMarksOnRawHtmlAreKept() {
    String html = renderer.render("<p dir=\"rtl\" lang=\"ar\">مرحبا <mark>بك</mark></p>\n");
    assertTrue(html.contains("<p dir=\"rtl\" lang=\"ar\">مرحبا <mark>بك</mark></p>"), html);
  }

  @Test
  void markdownEmphasisStillRenders() {
    assertEquals(
        "<p><em>soft</em> and <strong>strong</strong> and <code>code</code></p>\n",
        renderer.render("*soft* and **strong** and `code`"));
  }

  @Test
  void externalLinksGetNoopenerAndNoreferrer() {
    String html =
        renderer.render("[Help](https://help.example.org/) and <https://auto.example.org>\n");

    List<String> links = tags(html, "a");
    assertEquals(2, links.size(), html);
    for (String link : links) {
      assertTrue(relTokens(link).containsAll(List.of("noopener", "noreferrer")), link);
    }
    assertTrue(links.get(0).contains("href=\"https://help.example.org/\""), html);
    assertTrue(links.get(1).contains("href=\"https://auto.example.org\""), html);
  }

  @Test
  void scriptLinksLoseTheirAddress() {
    String html =
        renderer.render(
            "[click](javascript:alert(1)) ![pic](data:text/html;base64,PHNjcmlwdD4=)\n");

    assertFalse(html.toLowerCase().contains("javascript:"), html);
    assertFalse(html.toLowerCase().contains("data:"), html);
    assertTrue(html.contains(">click</a>"), "the link text stays: " + html);
  }

  @Test
  void linkRewriterSeesEveryDestinationWithItsLineAndKind() {
    List<String> seen = new ArrayList<>();
    String html =
        renderer.render(
            """
            Intro line
            then [a lesson](02-next.md).

            | a | b |
            |---|---|
            | ![pic](../assets/p.png) | x |
            """,
            (destination, image, line) -> {
              seen.add(destination + "|" + image + "|" + line);
              return image
                  ? "/img/" + destination.substring(destination.lastIndexOf('/') + 1)
                  : "next";
            });

    assertEquals(List.of("02-next.md|false|2", "../assets/p.png|true|6"), seen);
    assertTrue(html.contains("href=\"next\""), html);
    assertTrue(html.contains("src=\"/img/p.png\""), html);
  }

  private static List<String> tags(String html, String name) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile("<" + name + "\\b[^>]*>").matcher(html);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static List<String> relTokens(String tag) {
    Matcher rel = Pattern.compile("\\brel=\"([^\"]*)\"").matcher(tag);
    return rel.find() ? List.of(rel.group(1).trim().split("\\s+")) : List.of();
  }

  @Test
  void anImageFromAnotherSiteBecomesALinkSoReadingNeverContactsThatSite() {
    String html =
        renderer.render(
            """
            A calm place:

            ![Ein ruhiger See – “still” 🌊](https://photos.example.com/lake.jpg "Der See")

            ![](//cdn.example.net/pixel.gif) and ![Tracker](HTTPS://t.example.org/p.png)
            """);

    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("href=\"https://photos.example.com/lake.jpg\""), html);
    assertTrue(
        html.contains(">Image on another site: Ein ruhiger See – “still” &#x1f30a;</a>"), html);
    assertTrue(html.contains("href=\"//cdn.example.net/pixel.gif\""), html);
    assertTrue(html.contains(">An image on another site</a>"), html);
    assertTrue(html.contains(">Image on another site: Tracker</a>"), html);
  }

  @Test
  void imagesFromTheCoursesOwnAssetsStayImages() {
    String html = renderer.render("![Breathing, slowly](../../assets/empathy/breath.png)\n");

    assertTrue(
        html.contains("<img src=\"../../assets/empathy/breath.png\" alt=\"Breathing, slowly\""),
        html);
  }

  @Test
  void theSanitiserDropsAnImageSourceOnAnotherSiteHoweverItIsWritten() {
    for (String source :
        List.of(
            "https://t.example.org/p.png",
            "//t.example.org/p.png",
            " HTTP://t.example.org/p.png",
            "\\\\t.example.org/p.png")) {
      String html = HtmlSanitizer.sanitize("<p><img src=\"" + source + "\" alt=\"pixel\"></p>");
      assertFalse(html.contains("t.example.org"), source + " -> " + html);
    }
    assertTrue(
        HtmlSanitizer.sanitize("<img src=\"../../assets/c/a.png\" alt=\"a\">")
            .contains("src=\"../../assets/c/a.png\""));
  }

  @Test
  void textNestedBeyondAHundredLevelsIsRefusedNamingItsLineInsteadOfExhaustingTheStack() {
    String quotes = "# Ein Zitat\n\nErst ein Absatz.\n\n" + ">".repeat(50_000) + " zu tief\n";
    MarkdownTooDeep tooDeep = assertThrows(MarkdownTooDeep.class, () -> renderer.render(quotes));
    assertEquals(5, tooDeep.line());
    assertTrue(tooDeep.getMessage().contains("more than 100 levels deep"), tooDeep.getMessage());

    StringBuilder lists = new StringBuilder("Liste:\n\n");
    for (int level = 0; level < 2_000; level++) {
      lists.append("  ".repeat(level)).append("- Ebene ").append(level).append('\n');
    }
    assertThrows(MarkdownTooDeep.class, () -> renderer.render(lists.toString()));
  }

  @Test
  void deepInlineMarkupIsRenderedOrRefusedButNeverOverflowsTheStack() {
    for (String text :
        List.of(
            "*".repeat(40_000) + "Zoë" + "*".repeat(40_000),
            "[".repeat(50_000) + "x" + "](y)".repeat(50_000),
            "_".repeat(30_000) + "שלום" + "_".repeat(30_000),
            "`".repeat(60_000))) {
      try {
        assertFalse(renderer.render(text).contains("<script"));
      } catch (MarkdownTooDeep refused) {
        assertEquals(1, refused.line());
      }
    }
  }

  @Test
  void ordinaryNestingIsRenderedAsWritten() {
    String html =
        renderer.render(
            "> Sie sagte:\n>\n> > „Ich bin noch da.“\n\n- eins\n  - zwei\n    - drei\n");

    assertTrue(html.contains("<blockquote>"), html);
    assertTrue(html.contains("drei"), html);
  }
}
