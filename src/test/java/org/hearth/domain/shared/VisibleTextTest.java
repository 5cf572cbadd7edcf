package org.hearth.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hearth.testing.RealText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisibleTextTest {

  static Iterable<String> readable() {
    return RealText.readable().stream().filter(s -> !s.contains("\t")).toList();
  }

  static Iterable<String> deceptive() {
    return RealText.deceptive();
  }

  @ParameterizedTest
  @MethodSource("readable")
  void namesPeopleHaveAreAccepted(String sample) {
    assertEquals(Optional.empty(), VisibleText.problemInLine(sample), sample);
  }

  @ParameterizedTest
  @MethodSource("deceptive")
  void overridesAndStrayInvisibleCharactersAreNamed(String sample) {
    Optional<String> problem = VisibleText.problemInLine(sample);
    assertTrue(problem.isPresent(), () -> "refused: " + sample);
    assertTrue(
        problem
            .get()
            .matches(
                "holds (an invisible|a control) .*\\(U\\+[0-9A-F]{4}\\) (after “.+”|at the start)"),
        problem.get());
  }

  @Test
  void theMessageNamesTheCharacterAndWhereItIs() {
    assertEquals(
        Optional.of("holds an invisible right-to-left override (U+202E) after “evil”"),
        VisibleText.problemInLine("evil\u202Etxt.exe"));
    assertEquals(
        Optional.of("holds an invisible zero-width non-joiner (U+200C) after “zero”"),
        VisibleText.problemInLine("zero\u200Cwidth"));
    assertEquals(
        Optional.of("holds an invisible zero-width space (U+200B) at the start"),
        VisibleText.problemInLine("\u200BAnn"));
  }

  @Test
  void tabsAndLineBreaksAreControlsInANameButNotInProse() {
    assertEquals(
        Optional.of("holds a tab (U+0009) after “Tab”"),
        VisibleText.problemInLine("Tab\tseparated"));
    assertEquals(
        Optional.of("holds a control character (U+0007) after “bell”"),
        VisibleText.problemInLine("bell\u0007"));
    assertEquals(
        Optional.of("holds a line break (U+000A) after “one”"),
        VisibleText.problemInLine("one\ntwo"));
    assertEquals(Optional.empty(), VisibleText.problemInProse("Tab\tseparated\nlines"));
    assertTrue(
        VisibleText.problemInProse("evil\u202Etxt").isPresent(),
        "overrides are refused in prose too");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "مهرداد\u200Cپور", // Persian uses the non-joiner between letters
        "क्\u200Dष", // Devanagari half forms with the joiner
        "👩\u200D💻",
        "🏳️\u200D🌈",
        "👍🏽",
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F", // the flag of Scotland
        "שלום\u200F, Ann", // a right-to-left mark typed on a Hebrew keyboard
      })
  void joinersAndMarksThatWritingNeedsAreKept(String text) {
    assertEquals(Optional.empty(), VisibleText.problemInLine(text), text);
  }

  @Test
  void halfACharacterIsRefused() {
    assertEquals(
        Optional.of("holds half of a character (U+D83D) after “cut”"),
        VisibleText.problemInLine("cut\uD83D"));
  }

  /** The first and last character of each range of invisible formatting characters. */
  @ParameterizedTest
  @ValueSource(
      ints = {
        0x202A, 0x202E, 0x2066, 0x2069, 0x2061, 0x2064, 0x206A, 0x206F, 0xFFF9, 0xFFFB, 0x200B,
        0x2060, 0xFEFF, 0x00AD, 0x180E, 0x034F
      })
  void everyInvisibleFormatCharacterIsRefusedUpToTheEdgesOfItsRange(int invisible) {
    String text = "Ama" + Character.toString(invisible) + "ra";

    assertTrue(VisibleText.problemInLine(text).isPresent(), () -> Integer.toHexString(invisible));
  }

  /** Visible characters just outside those ranges, which real writing uses. */
  @ParameterizedTest
  @ValueSource(
      ints = {
        0x2027, // ‧ hyphenation point, a little before the embeddings
        0x202F, // narrow no-break space, as French writes before "?" and "!"
        0x205F, // medium mathematical space, just before the word joiner
        0x2070, // superscript zero, just after the deprecated format characters
        0xFFFC, // object replacement character, just after the interlinear annotations
        0x00AC, // not sign, just before the soft hyphen
        0x034E // a combining mark, just before the grapheme joiner
      })
  void theVisibleNeighboursOfThoseRangesAreKept(int visible) {
    String text = "Ama" + Character.toString(visible) + "ra";

    assertEquals(
        Optional.empty(), VisibleText.problemInLine(text), () -> Integer.toHexString(visible));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "👩🏻‍💻 lighter skin", // the first skin-tone modifier before a joiner
        "👩🏿‍💻 darker skin", // the last
        "🏳️‍🌈 rainbow", // variation selector before a joiner
        "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F England"
      })
  void emojiSequencesAtTheEdgesOfTheirRangesAreKept(String text) {
    assertEquals(Optional.empty(), VisibleText.problemInLine(text), text);
  }

  @Test
  void aJoinerOrTagWithNothingToJoinIsRefused() {
    assertTrue(VisibleText.problemInLine("\u200Dstart").isPresent(), "a joiner at the start");
    assertTrue(VisibleText.problemInLine("end\u200D").isPresent(), "a joiner at the end");
    assertTrue(VisibleText.problemInLine("\u200Cstart").isPresent(), "a non-joiner at the start");
    assertTrue(
        VisibleText.problemInLine("a" + Character.toString(0xE0067)).isPresent(),
        "a tag character after a letter");
    assertTrue(
        VisibleText.problemInLine(
                "🏴" + Character.toString(0xE007F) + "x" + Character.toString(0xE0020))
            .isPresent(),
        "a tag after a letter, even in a line that had a flag");
  }

  @Test
  void theMessageQuotesAtMostTwelveCharactersBeforeTheFault() {
    String problem = VisibleText.problemInLine("abcdefghijklmnop\u202Eq").orElseThrow();

    assertTrue(problem.endsWith("after “efghijklmnop”"), problem);
  }
}
