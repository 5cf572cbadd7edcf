package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How passwords are hashed: the strength Hearth asks of PBKDF2, and the decoy check that makes an
 * unknown email cost as much as a known one. The PBKDF2 itself is the container's; a fake stands in
 * for it here.
 */
class PasswordHasherTest {

  /** Remembers its settings and every password it was given, as the text it was. */
  private static final class FakePbkdf2 implements Pbkdf2PasswordHash {
    Map<String, String> settings;
    final List<String> generated = new ArrayList<>();
    final List<String> verified = new ArrayList<>();

    @Override
    public void initialize(Map<String, String> parameters) {
      settings = parameters;
    }

    @Override
    public String generate(char[] password) {
      generated.add(new String(password));
      return "pbkdf2:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
      verified.add(new String(password) + " against " + hash);
      return hash.equals("pbkdf2:" + new String(password));
    }
  }

  private final FakePbkdf2 pbkdf2 = new FakePbkdf2();
  private final PasswordHasher hasher = new PasswordHasher();

  PasswordHasherTest() {
    hasher.pbkdf2 = pbkdf2;
    hasher.configure();
  }

  @Test
  void hashesUseSha512With210000IterationsAndLongSaltsAndKeys() {
    assertEquals(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"),
        pbkdf2.settings);
  }

  @Test
  void aPasswordInAnyScriptHashesAndMatchesOnlyItself() {
    String password = "Сергей 🌧️ It’s “fine”";

    String hash = hasher.hash(password);

    assertTrue(hasher.matches(password, hash));
    assertFalse(hasher.matches("Сергей 🌧️ It's \"fine\"", hash), "straight quotes are not curly");
  }

  @Test
  void anUnknownEmailChecksAgainstADecoyMadeOnceOnFirstNeed() {
    assertEquals(List.of(), pbkdf2.generated, "nothing hashed at start-up");

    hasher.burnTime("first guess");
    hasher.burnTime("second guess");

    assertEquals(1, pbkdf2.generated.size(), "one decoy, made on first need: " + pbkdf2.generated);
    String decoy = "pbkdf2:" + pbkdf2.generated.get(0);
    assertEquals(
        List.of("first guess against " + decoy, "second guess against " + decoy), pbkdf2.verified);
  }
}
