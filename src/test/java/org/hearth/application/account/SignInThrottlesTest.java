package org.hearth.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.account.SignInThrottle;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins counted per key: the keys never hold an email or an address, and the counts pause
 * and clear as the rows say. The entity manager is a map here; AccountIT uses a real one.
 */
class SignInThrottlesTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private final Map<Object, SignInThrottle> rows = new HashMap<>();
  private final SignInThrottles throttles = new SignInThrottles();

  SignInThrottlesTest() {
    throttles.em =
        (EntityManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "find" -> rows.get(args[1]);
                      case "persist" ->
                          rows.put(((SignInThrottle) args[0]).getKey(), (SignInThrottle) args[0]);
                      case "remove" -> rows.values().remove(args[0]);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
  }

  @Test
  void keysHoldNeitherTheEmailNorTheAddressYetTellThemApart() {
    String account = SignInThrottles.accountKey("zoë.ångström@example.org");
    String address = SignInThrottles.addressKey("2001:db8::7");

    assertTrue(account.matches("a:[0-9a-f]{64}"), account);
    assertTrue(address.matches("c:[0-9a-f]{64}"), address);
    assertEquals(account, SignInThrottles.accountKey("zoë.ångström@example.org"));
    assertNotEquals(account, SignInThrottles.accountKey("zoe.angstrom@example.org"));
    assertNotEquals(address, SignInThrottles.addressKey("2001:db8::8"));
    assertNotEquals(
        SignInThrottles.accountKey("192.0.2.1"), SignInThrottles.addressKey("192.0.2.1"));
  }

  @Test
  void aRequestWithNoKnownAddressCountsLikeAnEmptyOne() {
    assertEquals(SignInThrottles.addressKey(""), SignInThrottles.addressKey(null));
    assertNotEquals(SignInThrottles.addressKey(""), SignInThrottles.addressKey("192.0.2.1"));
  }

  @Test
  void fiveFailuresPauseTheKeyAndClearingFreesIt() {
    String key = SignInThrottles.accountKey("amara@example.org");
    assertEquals(Optional.empty(), throttles.lockedUntil(key, NOW), "never failed");

    for (int i = 0; i < SignInThrottles.ACCOUNT_LIMIT - 1; i++) {
      throttles.recordFailure(key, SignInThrottles.ACCOUNT_LIMIT, NOW);
    }
    assertEquals(Optional.empty(), throttles.lockedUntil(key, NOW), "four are free");
    throttles.recordFailure(key, SignInThrottles.ACCOUNT_LIMIT, NOW);

    assertEquals(Optional.of(NOW.plusSeconds(1)), throttles.lockedUntil(key, NOW));
    assertEquals(1, rows.size(), "one row per key, however many failures");

    throttles.clear(key);
    assertEquals(Optional.empty(), throttles.lockedUntil(key, NOW));
    assertTrue(rows.isEmpty());
  }

  @Test
  void theWaitNeverGrowsPastAMinute() {
    String key = SignInThrottles.addressKey("192.0.2.1");
    for (int i = 0; i < 60; i++) {
      throttles.recordFailure(key, SignInThrottles.ADDRESS_LIMIT, NOW);
    }

    assertEquals(
        Optional.of(NOW.plus(SignInThrottles.LONGEST_WAIT)), throttles.lockedUntil(key, NOW));
  }

  @Test
  void clearingWithinAnotherTransactionRemovesTheRowAndAnUnknownKeyIsNoTrouble() {
    String key = SignInThrottles.accountKey("amara@example.org");
    throttles.recordFailure(key, 5, NOW);

    throttles.clearWithin(key);
    assertFalse(rows.containsKey(key));

    throttles.clearWithin(key);
    throttles.clear(key);
    assertTrue(rows.isEmpty());
  }
}
