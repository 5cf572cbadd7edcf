package org.hearth.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final String SHAPE = "([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}";
  private final SecureRandom random = new SecureRandom();

  @Test
  void aCodeIsFourGroupsOfFourUnambiguousCharacters() {
    String code = RecoveryCode.generate(random);

    assertTrue(code.matches(SHAPE), code);
    assertEquals(19, code.length(), "short enough to copy onto paper");
    assertEquals(Optional.of(code), RecoveryCode.normalise(code), "its shown form is its own");
  }

  @Test
  void everyPositionTakesEverySymbolSoACodeCarriesEightyBits() {
    Set<String> codes = new HashSet<>();
    List<Set<Character>> seenAt = new ArrayList<>();
    for (int p = 0; p < RecoveryCode.LENGTH; p++) {
      seenAt.add(new HashSet<>());
    }
    for (int i = 0; i < 10_000; i++) {
      String code = RecoveryCode.generate(random);
      assertTrue(codes.add(code), "repeated: " + code);
      String symbols = code.replace("-", "");
      assertEquals(RecoveryCode.LENGTH, symbols.length(), code);
      for (int p = 0; p < symbols.length(); p++) {
        seenAt.get(p).add(symbols.charAt(p));
      }
    }
    for (Set<Character> position : seenAt) {
      assertEquals(CROCKFORD.length(), position.size(), "all 32 symbols at every position");
    }
    double bits = RecoveryCode.LENGTH * (Math.log(CROCKFORD.length()) / Math.log(2));
    assertTrue(bits >= 80, bits + " bits");
  }

  @Test
  void aTypedCodeForgivesCaseSpacesHyphensAndDashes() {
    String code = RecoveryCode.generate(random);
    String plain = code.replace("-", "");
    Optional<String> stored = Optional.of(code);

    assertEquals(stored, RecoveryCode.normalise(code.toLowerCase(java.util.Locale.ROOT)));
    assertEquals(stored, RecoveryCode.normalise(plain));
    assertEquals(stored, RecoveryCode.normalise(" " + code.replace("-", " ") + "\n"));
    assertEquals(stored, RecoveryCode.normalise(code.replace("-", "\u2013")), "en dashes");
    assertEquals(stored, RecoveryCode.normalise(code.replace("-", "\u2014")), "em dashes");
    assertEquals(stored, RecoveryCode.normalise(code.replace("-", " - ")));
    assertEquals(stored, RecoveryCode.normalise(plain.substring(0, 2) + "--" + plain.substring(2)));
    assertEquals(
        RecoveryCode.normalise("1001" + plain.substring(4)),
        RecoveryCode.normalise("IoOl" + plain.substring(4)),
        "I and L read as 1, O as 0, as Crockford's base 32 has it");
  }

  @Test
  void lookalikesFromOtherScriptsAndAnythingElseAreSimplyNotACode() {
    String plain = RecoveryCode.generate(random).replace("-", "");
    String rest = plain.substring(1);
    for (String typed :
        new String[] {
          null,
          "",
          "    ",
          "----",
          rest, // one short
          plain + "7", // one long
          rest + "U", // U is not in the alphabet
          rest + "\u0410", // Cyrillic capital A
          rest + "\u0391", // Greek capital Alpha
          rest + "\u039F", // Greek capital Omicron, which looks like O
          rest + "\uFF21", // a full-width A
          rest + "\uFF11", // a full-width 1
          rest + "\u0131", // a dotless i is not an I
          rest + "\u0130", // nor is a dotted capital I
          rest + "\u00A0", // a no-break space in place of a character
          rest + "\u200B", // a zero-width space is not a space
          plain.substring(2) + "\uD83D\uDD11", // an emoji key (a surrogate pair)
          rest + "*",
          "<script>alert(1)</script>",
          plain.repeat(7)
        }) {
      assertEquals(Optional.empty(), RecoveryCode.normalise(typed), String.valueOf(typed));
    }
  }
}
