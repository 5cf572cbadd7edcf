package org.hearth.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptPageTest {

  private static final String RENDERED_FOR = "Gq3x-first-readers-token_9";
  private static final String FIRST_NONCE = "n0nce+Of/The==";

  private static String servedWith(KeptPage page, String... values) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page.writeTo(out, List.of(values));
    assertEquals(
        out.size(), page.length(List.of(values)), "the announced length is the length written");
    return out.toString(StandardCharsets.UTF_8);
  }

  private static KeptPage kept(String html) {
    return KeptPage.of(
        "text/html;charset=UTF-8",
        StandardCharsets.UTF_8,
        html.getBytes(StandardCharsets.UTF_8),
        List.of(RENDERED_FOR));
  }

  @Test
  void everyPlaceTheFirstReadersTokenStoodGetsTheNextReadersToken() throws Exception {
    KeptPage page =
        kept(
            "<form><input value=\""
                + RENDERED_FOR
                + "\"/></form><p>Über</p><form><input value=\""
                + RENDERED_FOR
                + "\"/></form>");

    assertEquals(
        "<form><input value=\"other\"/></form><p>Über</p><form><input value=\"other\"/></form>",
        servedWith(page, "other"));
  }

  @Test
  void tokensAtEitherEndAreReplacedToo() throws Exception {
    assertEquals("x", servedWith(kept(RENDERED_FOR), "x"));
    assertEquals("x|mid|x", servedWith(kept(RENDERED_FOR + "|mid|" + RENDERED_FOR), "x"));
  }

  @Test
  void eachValueGoesBackWhereItsOwnKindStood() throws Exception {
    String html =
        "<script nonce=\""
            + FIRST_NONCE
            + "\"></script><input value=\""
            + RENDERED_FOR
            + "\"/>"
            + "<p>名前 ✨</p><script nonce=\""
            + FIRST_NONCE
            + "\"></script>";
    KeptPage page =
        KeptPage.of(
            "text/html",
            StandardCharsets.UTF_8,
            html.getBytes(StandardCharsets.UTF_8),
            List.of(RENDERED_FOR, FIRST_NONCE));

    assertEquals(
        "<script nonce=\"N2\"></script><input value=\"T2\"/><p>名前 ✨</p><script"
            + " nonce=\"N2\"></script>",
        servedWith(page, "T2", "N2"));
  }

  @Test
  void aPageWithoutTheTokenIsServedAsItWas() throws Exception {
    assertEquals("<p>no forms here</p>", servedWith(kept("<p>no forms here</p>"), "other"));
  }

  @Test
  void aPageIsOnlyKeptWithTheValuesItWasRenderedWith() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KeptPage.of("text/html", StandardCharsets.UTF_8, new byte[] {1}, List.of("")));
  }
}
