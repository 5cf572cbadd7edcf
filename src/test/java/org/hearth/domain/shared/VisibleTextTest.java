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
}
