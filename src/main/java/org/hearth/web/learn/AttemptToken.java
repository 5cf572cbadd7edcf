package org.hearth.web.learn;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time token each quiz page sends with its answers, so that submitting the same page twice
 * (a double click, a resent form) stores one attempt. Unguessable, so no one can spend another
 * learner's token.
 */
final class AttemptToken {

  /** The form field that carries it. */
  static final String PARAMETER = "attemptToken";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AttemptToken() {}

  static String fresh() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
