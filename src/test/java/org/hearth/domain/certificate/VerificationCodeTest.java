package org.hearth.domain.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private final SecureRandom random = new SecureRandom();

  @Test
  void tenThousandCodesAreAllDifferentAndEachCarriesAtLeast128Bits() {
    Set<String> codes = new HashSet<>();
    List<Set<Character>> seenAt = null;
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCode.generate(random);
      assertTrue(codes.add(code), "repeated: " + code);
      String symbols = code.replace("-", "");
      assertTrue(symbols.chars().allMatch(c -> CROCKFORD.indexOf(c) >= 0), code);
      if (seenAt == null) {
        seenAt = symbols.chars().mapToObj(c -> (Set<Character>) new HashSet<Character>()).toList();
      }
      assertEquals(seenAt.size(), symbols.length(), code);
      for (int p = 0; p < symbols.length(); p++) {
        seenAt.get(p).add(symbols.charAt(p));
      }
    }
    // 32 symbols per position, every one of them used at every position: log2(32^n) bits.
    for (Set<Character> position : seenAt) {
      assertEquals(32, position.size());
    }
    double bits = seenAt.size() * (Math.log(CROCKFORD.length()) / Math.log(2));
    assertTrue(bits >= 128, bits + " bits");
  }

  @Test
  void aCodeIsPrintedInGroupsOfFourAndIsItsOwnStoredForm() {
    String code = VerificationCode.generate(random);

    assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})+"), code);
    assertTrue(code.length() <= 40, "fits the certificate.code column");
    assertEquals(Optional.of(code), VerificationCode.normalise(code));
  }

  @Test
  void typedCodesAreForgivenCaseSpacingAndLookAlikeLetters() {
    String code = VerificationCode.generate(random);
    String plain = code.replace("-", "");
    String stored = VerificationCode.normalise(code).orElseThrow();

    assertEquals(Optional.of(stored), VerificationCode.normalise(code.toLowerCase()));
    assertEquals(Optional.of(stored), VerificationCode.normalise(plain));
    assertEquals(
        Optional.of(stored), VerificationCode.normalise("  " + code.replace("-", " ") + "\n"));
    assertEquals(Optional.of(stored), VerificationCode.normalise(code.replace("-", "–")));
    assertEquals(
        Optional.of(stored),
        VerificationCode.normalise(plain.substring(0, 3) + "-" + plain.substring(3)));

    String withOnesAndZeros = "1001" + plain.substring(4);
    String expected = VerificationCode.normalise(withOnesAndZeros).orElseThrow();
    assertEquals(Optional.of(expected), VerificationCode.normalise("IoOL" + plain.substring(4)));
    assertEquals(Optional.of(expected), VerificationCode.normalise("lO0i" + plain.substring(4)));
  }

  @Test
  void anythingThatCannotBeACodeIsRejected() {
    String plain = VerificationCode.generate(random).replace("-", "");

    for (String typed :
        new String[] {
          null,
          "",
          "   ",
          "----",
          plain.substring(1), // one short
          plain + "A", // one long
          plain.substring(1) + "U", // U is not in the alphabet
          plain.substring(1) + "*",
          plain.substring(2) + "/x",
          "../x",
          "../../etc/passwd",
          "%2e%2e%2fx",
          "<script>alert(1)</script>",
          plain.substring(1) + "ı", // a dotless i is not an I
          plain.repeat(10)
        }) {
      assertEquals(Optional.empty(), VerificationCode.normalise(typed), String.valueOf(typed));
    }
  }
}
