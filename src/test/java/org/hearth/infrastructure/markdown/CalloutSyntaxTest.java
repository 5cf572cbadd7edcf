package org.hearth.infrastructure.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other tools' callout syntaxes, rendered as the callouts Hearth styles. */
class CalloutSyntaxTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void aCarpentriesChallengeWithItsSolutionAndCodeAttributesReadsAsMeant() {
    String html =
        renderer.render(
            """
            > ## Name the feeling
            >
            > Write one word for what you feel **now**.
            >
            > > ## Solution
            > >
            > > Any word is right — “tired” counts.
            > {: .solution}
            {: .challenge}

            ~~~
            echo "breathe"
            ~~~
            {: .language-bash}

            ~~~
            breathe
            ~~~
            {: .output}
            """);

    assertTrue(
        html.contains("<div class=\"challenge\" role=\"note\" aria-label=\"Challenge\">"), html);
    assertTrue(
        html.contains("<div class=\"solution\" role=\"note\" aria-label=\"Solution\">"), html);
    assertTrue(html.indexOf("class=\"challenge\"") < html.indexOf("class=\"solution\""), html);
    assertTrue(html.contains("<h2 id=\"name-the-feeling\">Name the feeling</h2>"), html);
    assertTrue(html.contains("<strong>now</strong>"), html);
    assertTrue(html.contains("<code class=\"language-bash\">echo"), html);
    assertFalse(html.contains("{:"), "no attribute list is shown: " + html);
  }

  @Test
  void pandocWorkbenchAndDocusaurusFencedDivsBecomeCallouts() {
    String html =
        renderer.render(
            """
            :::::::::::::::: challenge
            ## Try it
            Breathe in for four counts.

            ::: solution
            Out for *six*.
            :::
            ::::::::::::::::

            :::tip Go gently
            You can stop at any time.
            :::

            ::: {.callout}
            A note in Pandoc's braces.
            :::
            """);

    assertTrue(html.contains("<div class=\"challenge\" role=\"note\""), html);
    assertTrue(html.contains("<h2 id=\"try-it\">Try it</h2>"), html);
    assertTrue(html.contains("<div class=\"solution\" role=\"note\""), html);
    assertTrue(html.contains("<em>six</em>"), html);
    assertTrue(html.contains("<p class=\"callout-title\"><strong>Go gently</strong></p>"), html);
    assertTrue(html.contains("<div class=\"callout\" role=\"note\""), html);
    assertFalse(html.contains(":::"), "no fence is shown: " + html);
  }

  @Test
  void mkdocsAdmonitionsKeepTheirTitleAndTheCollapsibleOnesCollapse() {
    String html =
        renderer.render(
            """
            !!! warning "Take care of yourself"
                This part talks about **betrayal**.

                Skip it if you need to.

            ??? note "A possible answer"
                Naming it first often helps.

            After the admonitions.
            """);

    assertTrue(html.contains("<div class=\"warning\" role=\"note\" aria-label=\"Warning\">"), html);
    assertTrue(
        html.contains("<p class=\"callout-title\"><strong>Take care of yourself</strong></p>"),
        html);
    assertTrue(html.contains("<strong>betrayal</strong>"), html);
    assertFalse(html.contains("<pre>"), "the indented body is not a code block: " + html);
    assertTrue(html.contains("<details class=\"note\""), html);
    assertTrue(html.contains("<summary>A possible answer</summary>"), html);
    assertTrue(html.contains("<p>After the admonitions.</p>"), html);
  }

  @Test
  void linksInsideCalloutsAreCheckedAtTheAuthorsLines() {
    List<Integer> lines = new ArrayList<>();
    renderer.render(
        "> ## Challenge\n> See [a](a.md).\n{: .challenge}\n\n!!! note\n    And [b](b.md).\n",
        (destination, image, line) -> {
          lines.add(line);
          return destination;
        });
    assertEquals(List.of(2, 6), lines);
  }

  @Test
  void anAttributeListAfterAParagraphIsDroppedAndFencesInCodeStayCode() {
    String html =
        renderer.render("A paragraph.\n{: .aside}\n\n```markdown\n::: challenge\n{: .x}\n```\n");
    assertFalse(html.contains("{: .aside}"), html);
    assertTrue(html.contains("::: challenge\n{: .x}\n</code>"), html);
  }
}
