package org.hearth.domain.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses course files are published at, which import and servlet both go by. */
class CourseFileAddressTest {

  @Test
  void filesInAssetsKeepTheirShortAddressAndOthersTheirPathInTheCourse() {
    assertEquals(Optional.of("lake.png"), CourseFileAddress.publicPath("assets/lake.png"));
    assertEquals(
        Optional.of("docs/work sheet.pdf"),
        CourseFileAddress.publicPath("assets/docs/work sheet.pdf"));
    assertEquals(
        Optional.of("01-basics/images/émotions.png"),
        CourseFileAddress.publicPath("01-basics/images/émotions.png"));
    assertEquals(Optional.empty(), CourseFileAddress.publicPath("01-a/images/old/x.png"));
  }

  @Test
  void anAddressIsWrittenPercentEncodedPartByPart() {
    assertEquals(
        "01-basics/images/%C3%A9motions.png",
        CourseFileAddress.encode("01-basics/images/émotions.png"));
    assertEquals("fig/file%20system.png", CourseFileAddress.encode("fig/file system.png"));
    assertEquals("a_b-c.d.png", CourseFileAddress.encode("a_b-c.d.png"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pixel.png",
        "a",
        "fig/file system.png",
        "01-basics/images/émotions.png",
        "图/流程.png",
        "_config/x.png"
      })
  void plainNamesInAnyScriptAreValid(String address) {
    assertTrue(CourseFileAddress.isValid(address), address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "../course.yaml",
        "a/../b.png",
        ".hidden.png",
        "a//b.png",
        "trailing .png ",
        " leading.png",
        "x.png\0.txt",
        "a\\b.png",
        "quote\".png",
        "a/b/c/d.png",
        "semi;colon.png"
      })
  void pathsThatLeaveOrHideOrGoTooDeepAreNot(String address) {
    assertFalse(CourseFileAddress.isValid(address), address);
  }

  @Test
  void typesAreTakenFromTheExtensionAndSvgIsNeverOne() {
    assertEquals(Optional.of("image/png"), CourseFileAddress.contentType("fig/A.PNG"));
    assertEquals(Optional.of("application/pdf"), CourseFileAddress.contentType("handout.pdf"));
    assertEquals(Optional.empty(), CourseFileAddress.contentType("diagram.svg"));
    assertEquals(Optional.empty(), CourseFileAddress.contentType("01-intro.md"));
    assertTrue(CourseFileAddress.isSvg("fig/Diagram.SVG"));
  }
}
