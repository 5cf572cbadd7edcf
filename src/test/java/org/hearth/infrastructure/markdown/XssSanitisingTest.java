package org.hearth.infrastructure.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lesson Markdown is written by course authors, whose accounts can be taken over; nothing in it may
 * run in a learner's browser. Every payload goes the way a lesson does, through {@link
 * MarkdownRenderer#render(String)}, and raw-HTML payloads also go straight through {@link
 * HtmlSanitizer#sanitize(String)}, the last gate.
 */
class XssSanitisingTest {

  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  /** Raw HTML an author might paste into a lesson. */
  static Stream<String> rawHtmlPayloads() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "Hello <img src=x onerror=alert(1)> there",
        "<img src=\"x`\" `onerror=alert(1)>",
        "<IMG SRC=\"jav\tascript:alert(1);\">",
        "<img src=x onerror\n=\nalert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">click</text></a></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<math><maction actiontype=\"statusline\""
            + " xlink:href=\"javascript:alert(1)\">click</maction></math>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<object type=\"text/x-scriptlet\" data=\"https://evil.example/x.sct\"></object>",
        "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">hover</a>",
        "<h2 id=\"ok\" onclick=\"alert(1)\">Heading</h2>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">hex"
            + " entities</a>",
        "<a href=\"javascript&colon;alert(1)\">named entity</a>",
        "<a href=\" &#14;  javascript:alert(1)\">leading junk</a>",
        "<a href=\"java&#x09;script:alert(1)\">tab</a>",
        "<a href=\"vbscript:msgbox(1)\">vb</a>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input type=\"text\" autofocus onfocus=\"alert(1)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<!-- a comment --><img src=x onerror=alert(1)>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<x onclick=alert(1)>custom element</x>",
        "<code class=\"language-js&quot; onclick=&quot;alert(1)\">x</code>",
        "<template><script>alert(1)</script></template>");
  }

  /** Markdown constructs that carry a URL, a title or nested content. */
  static Stream<String> markdownPayloads() {
    return Stream.of(
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript:alert(1) \"a title\")",
        "[x](  javascript:alert(1)  )",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript&colon;alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](java&#9;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](java&NewLine;script&colon;alert(1))",
        "[x](&#1;javascript:alert(1))",
        "[x](&#0;javascript:alert(1))",
        "[x](%6A%61%76%61script:alert(1))",
        "[x](javascript%3Aalert(1))",
        "[x](javascript://%0aalert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:MsgBox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](javascript:alert(1))",
        "![x](<x\" onerror=\"alert(1)>)",
        "![x\" onerror=\"alert(1)](https://ok.example/p.png)",
        "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
        "[x](https://ok.example 'it\\'s \" onclick=alert(1) x')",
        "[x](https://ok.example (\"><script>alert(1)</script>))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "[x][r]\n\n[r]: https://ok.example \"a\\\" onfocus=\\\"alert(1)\"",
        "[evil]\n\n[evil]: <javascript:alert(1)>",
        "![x][img]\n\n[img]: vbscript:msgbox(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "<x@y.example?subject=\"><script>alert(1)</script>>",
        "[<img src=x onerror=alert(1)>](https://ok.example)",
        "[**bold**<svg onload=alert(1)>](javascript:alert(1))",
        "<div>\n\n[md in html](javascript:alert(1))\n\n</div>",
        "<a href=\"javascript:alert(1)\">\n[click](javascript:alert(1))\n</a>",
        "Note[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))",
        "| a | b |\n|---|---|\n| <iframe src=x> | [x](javascript:alert(1)) |",
        "## <img src=x onerror=alert(1)>",
        "## javascript:alert(1)",
        "- [x] <input type=text onfocus=alert(1) autofocus>",
        "```js\" onclick=\"alert(1)\n<script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
        "> <iframe src=\"javascript:alert(1)\"></iframe>\n> [q](javascript:alert(1))",
        "***\n<style>body{background:url(javascript:alert(1))}</style>",
        "    <script>alert('indented code')</script>",
        // The tags lessons may now use, carrying what they must never keep.
        "<span id=\"anchor\" onmouseover=alert(1)>hover</span>",
        "<details open ontoggle=alert(1)>\n"
            + "<summary onclick=alert(1)>Answer</summary>\n"
            + "x\n"
            + "</details>",
        "<div class=\"challenge\" style=\"position:fixed;inset:0\" markdown=\"1\">\n# Hi\n</div>",
        "<figure><img src=x onerror=alert(1)><figcaption onclick=alert(1)>c</figcaption></figure>",
        "<abbr title=\"x\" onclick=alert(1)>HTML</abbr> <mark style=\"display:none\">m</mark>",
        "<a aria-label=\"Back\" href=\"javascript:alert(1)\">x</a>",
        "<table><tr><td colspan=\"2\" background=\"javascript:alert(1)\">c</td></tr></table>",
        "<div dir=\"rtl\" lang=\"ar\" tabindex=\"0\" onfocus=alert(1) autofocus>نص</div>",
        "<kbd onclick=alert(1)>Ctrl</kbd>+<kbd><script>alert(1)</script></kbd>",
        "<details markdown=\"block\">\n<summary>S</summary>\n[x](javascript:alert(1))\n</details>");
  }

  static Stream<String> allPayloads() {
    return Stream.concat(rawHtmlPayloads(), markdownPayloads());
  }

  @ParameterizedTest
  @MethodSource("allPayloads")
  void markdownPathNeverEmitsActiveContent(String payload) {
    String html = RENDERER.render(payload);

    assertEquals(
        List.of(),
        ActiveContent.in(html),
        () -> "for payload " + payload + "\nthe output was " + html);
  }

  @ParameterizedTest
  @MethodSource("rawHtmlPayloads")
  void sanitizerAloneNeverEmitsActiveContent(String payload) {
    String html = HtmlSanitizer.sanitize(payload);

    assertEquals(
        List.of(),
        ActiveContent.in(html),
        () -> "for payload " + payload + "\nthe output was " + html);
  }

  /**
   * The check above can see danger: each raw payload, left as it is, is found active. Without this,
   * a detector that found nothing would make every payload "pass".
   */
  @ParameterizedTest
  @MethodSource("rawHtmlPayloads")
  void theDetectorFindsEachRawPayloadActiveBeforeSanitising(String payload) {
    if (ESCAPED_ON_PURPOSE.contains(payload)) {
      assertEquals(List.of(), ActiveContent.in(payload), "escaped quotes stay inside the value");
    } else {
      assertFalse(ActiveContent.in(payload).isEmpty(), () -> "not seen as active: " + payload);
    }
  }

  /** Raw payloads that test that an escaped quote cannot end an attribute: inert as written. */
  private static final Set<String> ESCAPED_ON_PURPOSE =
      Set.of("<code class=\"language-js&quot; onclick=&quot;alert(1)\">x</code>");

  @Test
  void sanitizerKeepsSafeMarkupAndDropsOnlyTheDangerousParts() {
    String link =
        HtmlSanitizer.sanitize("<a href=\"https://ok.example\" onmouseover=\"alert(1)\">hover</a>");
    assertTrue(
        link.matches(
            "<a href=\"https://ok\\.example\" rel=\"(noopener noreferrer|noreferrer"
                + " noopener)\">hover</a>"),
        link);
    assertEquals(
        "<h2 id=\"ok\">Heading</h2>",
        HtmlSanitizer.sanitize("<h2 id=\"ok\" onclick=\"alert(1)\">Heading</h2>"));
    assertEquals(
        "<p>x</p>", HtmlSanitizer.sanitize("<p style=\"width: expression(alert(1))\">x</p>"));
    assertEquals("", HtmlSanitizer.sanitize("<script>alert(1)</script>"));
    assertEquals(
        "<code class=\"language-java\">x</code>",
        HtmlSanitizer.sanitize("<code class=\"language-java\">x</code>"));
    assertEquals("<code>x</code>", HtmlSanitizer.sanitize("<code class=\"evil\">x</code>"));
    assertEquals(
        "<div class=\"challenge\">x</div>",
        HtmlSanitizer.sanitize("<div class=\"lesson-content__panel challenge quick-exit\">x</div>"),
        "only callout classes: content never dresses as Hearth's own page");
    assertEquals(
        "x<span id=\"own-anchor\">y</span>",
        HtmlSanitizer.sanitize("<span id=\"quick-exit\">x</span><span id=\"own-anchor\">y</span>"),
        "an id Hearth's page uses is dropped, the author's own kept");
    assertEquals(
        "<ol start=\"3\"><li>x</li></ol>",
        HtmlSanitizer.sanitize("<ol start=\"3\"><li>x</li></ol>"));
  }

  @Test
  void sanitizerDropsScriptAddressesButKeepsTheElement() {
    String link =
        HtmlSanitizer.sanitize("<a href=\"java&#x09;script:alert(1)\" title=\"t\">tab</a>");
    String image = HtmlSanitizer.sanitize("<img src=\"javascript:alert(1)\" alt=\"a picture\">");
    String data =
        HtmlSanitizer.sanitize("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"svg\">");

    assertFalse(link.contains("href"), link);
    assertTrue(link.contains(">tab</a>"), link);
    assertEquals("<img alt=\"a picture\" />", image);
    assertEquals("<img alt=\"svg\" />", data);
  }

  @Test
  void sanitizerKeepsOnlyCheckboxInputs() {
    assertEquals(
        "<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" />",
        HtmlSanitizer.sanitize("<input type=\"checkbox\" disabled checked onclick=\"alert(1)\">"));
    assertFalse(HtmlSanitizer.sanitize("<input type=\"text\" value=\"x\">").contains("text"));
  }

  /**
   * The check itself must catch what it claims to, or every payload test above passes vacuously.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript&colon;alert(1)\">x</a>",
        "<a href=\"&amp;#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#1;javascript:alert(1)\">x</a>",
        "<a href='vbscript:x'>x</a>",
        "<img src=\"data:text/html,x\">",
        "<p style=\"color:red\">x</p>",
        "<iframe src=x></iframe>",
        "<svg></svg>",
        "<math></math>",
        "<object></object>",
        "<embed>",
        "<form></form>",
        "<meta http-equiv=refresh>",
        "<base href=x>",
        "<style></style>",
        "<div srcdoc=x>",
        "<a href=\"x\"onclick=\"alert(1)\">x</a>",
        "<!-- x -->"
      })
  void theCheckFlagsActiveContent(String html) {
    assertFalse(ActiveContent.in(html).isEmpty(), html);
  }

  @Test
  void theCheckLeavesInertTextAlone() {
    String html =
        "<p>Never click &lt;script&gt; or javascript:alert(1) links; on&#61; and style&#61; are"
            + " words here.</p><a href=\"https://ok.example/?q&#61;data\" title=\"a&#34;"
            + " onmouseover&#61;&#34;x\" rel=\"noopener\">ok</a>";

    assertEquals(List.of(), ActiveContent.in(html));
  }
}
