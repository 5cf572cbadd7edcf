package org.hearth.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;

class DownloadNameTest {

  private static final Pattern HEADER =
      Pattern.compile(
          "attachment; filename=\"([A-Za-z0-9._-]+)\";"
              + " filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]+)");

  /** The team's samples of what real people type (a copy kept in the test resources). */
  private static List<String> samples() {
    return RealText.samples();
  }

  @Test
  void everySampleNameSurvivesInFilenameStarAndHasAnAsciiFallback() throws IOException {
    for (String sample : samples()) {
      String header = DownloadName.attachment(sample + ".pdf");
      Matcher parts = HEADER.matcher(header);
      assertTrue(parts.matches(), header);
      String decoded =
          URLDecoder.decode(parts.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
      assertAll(
          sample,
          () -> assertEquals(DownloadName.cleaned(sample + ".pdf"), decoded),
          () ->
              assertTrue(
                  parts.group(1).endsWith(".pdf") && parts.group(1).length() > 4, parts.group(1)),
          () -> assertTrue(decoded.codePoints().noneMatch(DownloadNameTest::forbidden), decoded));
    }
  }

  @Test
  void namesPeopleWriteKeepTheirLettersAndFallBackReadably() {
    assertEquals(
        "attachment; filename=\"Zoe-Angstrom.pdf\";"
            + " filename*=UTF-8''Zo%C3%AB%20%C3%85ngstr%C3%B6m.pdf",
        DownloadName.attachment("Zoë Ångström.pdf"));
    assertEquals(
        "Jose-Muller-Lukasiewicz.pdf", DownloadName.asciiFallback("José Müller-Łukasiewicz.pdf"));
    assertEquals("download.pdf", DownloadName.asciiFallback("王秀英.pdf"));
    assertEquals(
        "inline; filename=\"worksheet-preview.pdf\"; filename*=UTF-8''worksheet-preview.pdf",
        DownloadName.inline("worksheet-preview.pdf"));
  }

  @Test
  void overridesControlCharactersAndPathsNeverReachTheName() {
    assertEquals("eviltxt.exe", DownloadName.cleaned("evil\u202Etxt.exe"));
    assertEquals("etcpasswd", DownloadName.cleaned("../../etc/passwd"));
    assertEquals("ab.pdf", DownloadName.cleaned("a\r\nb\u0000.pdf"));
    assertEquals("zerowidthjoiners", DownloadName.cleaned("zero\u200Cwidth\u200Djoiners"));
    String header = DownloadName.attachment("..\\\u2066x\u2069\"; filename=evil.exe");
    assertFalse(header.contains("filename=evil"), header);
    assertTrue(HEADER.matcher(header).matches(), header);
  }

  @Test
  void anEmptyNameStillNamesAFile() {
    assertEquals(
        "attachment; filename=\"download\"; filename*=UTF-8''download",
        DownloadName.attachment(""));
    assertEquals(
        "attachment; filename=\"download\"; filename*=UTF-8''download",
        DownloadName.attachment(null));
    assertEquals("download.zip", DownloadName.asciiFallback(DownloadName.cleaned("\u202E王秀英.zip")));
  }

  private static boolean forbidden(int cp) {
    int type = Character.getType(cp);
    return cp == '/' || cp == '\\' || type == Character.CONTROL || type == Character.FORMAT;
  }
}
