package org.hearth.domain.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardAnswerTest {

  @ParameterizedTest(name = "{0} accepts \"{1}\"")
  @CsvSource(
      delimiterString = "|",
      value = {
        "*|anything at all, 😊 included",
        "*|x",
        "colo*r|color",
        "colo*r|colour",
        "colo*r|colouuur",
        "*safe*|feeling safe again",
        "*safe*|safe",
        "a*b*c|abc",
        "a*b*c|a-b-c",
        "a*b*c|abbc",
        "a**b|ab",
        "5\\*3|5*3",
        "שלום*|שלום עליכם",
        "zoë|zoë",
      })
  void accepts(String accepted, String typed) {
    assertTrue(WildcardAnswer.matches(accepted, typed));
  }

  @ParameterizedTest(name = "{0} refuses \"{1}\"")
  @CsvSource(
      delimiterString = "|",
      value = {
        "colo*r|colours",
        "colo*r|olour",
        "colo*r|colou",
        "a*b*c|acb",
        "a*b*c|ab",
        "aba*aba|aba",
        "aba*aba|abab",
        "5\\*3|513",
        "5\\*3|5\\*3",
        "zoë|zoe",
        "regulate|regulated",
      })
  void refuses(String accepted, String typed) {
    assertFalse(WildcardAnswer.matches(accepted, typed));
  }
}
