package org.hearth.web.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalPageTest {

  private static final String RENDERED_FOR = "Gq3x-first-readers-token_9";

  private static String servedTo(PersonalPage page, String token) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page.writeTo(out, token);
    assertEquals(out.size(), page.length(token), "the announced length is the length written");
    return out.toString(StandardCharsets.UTF_8);
  }

  private static PersonalPage kept(String html) {
    return PersonalPage.of("text/html;charset=UTF-8", StandardCharsets.UTF_8, html.getBytes(StandardCharsets.UTF_8), RENDERED_FOR);
  }

  @Test
  void everyPlaceTheFirstReadersTokenStoodGetsTheNextReadersToken() throws Exception {
    PersonalPage page = kept("<form><input value=\"" + RENDERED_FOR + "\"/></form><p>Über</p><form><input value=\"" + RENDERED_FOR + "\"/></form>");

    assertEquals("<form><input value=\"other\"/></form><p>Über</p><form><input value=\"other\"/></form>", servedTo(page, "other"));
  }

  @Test
  void tokensAtEitherEndAreReplacedToo() throws Exception {
    assertEquals("x", servedTo(kept(RENDERED_FOR), "x"));
    assertEquals("x|mid|x", servedTo(kept(RENDERED_FOR + "|mid|" + RENDERED_FOR), "x"));
  }

  @Test
  void aPageWithoutTheTokenIsServedAsItWas() throws Exception {
    assertEquals("<p>no forms here</p>", servedTo(kept("<p>no forms here</p>"), "other"));
  }

  @Test
  void aPageIsOnlyKeptWithTheTokenItWasRenderedWith() {
    assertThrows(IllegalArgumentException.class,
        () -> PersonalPage.of("text/html", StandardCharsets.UTF_8, new byte[] {1}, ""));
  }
}
