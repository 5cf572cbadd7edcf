package org.hearth.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hearth's Content-Security-Policy: scripts, styles, images, fonts and form posts from Hearth
 * itself only, no plug-ins, no framing, no {@code <base>}. The few inline scripts Faces and
 * PrimeFaces write (settings, widget set-up) carry a nonce that is new for every response. Style
 * attributes are allowed (PrimeFaces draws a progress bar's width with one) but style elements are
 * not. Images from other sites are never loaded, so a lesson cannot make a learner's browser tell
 * another site that, and when, they read it.
 */
public final class ContentSecurityPolicy {

  /** The request attribute holding this response's nonce. */
  public static final String NONCE = "org.hearth.csp.nonce";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ContentSecurityPolicy() {}

  /** A fresh nonce: 128 random bits, base64. */
  public static String newNonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The nonce of the response to {@code request}, if the headers filter gave it one. */
  public static String nonceOf(HttpServletRequest request) {
    Object nonce = request.getAttribute(NONCE);
    return nonce instanceof String text ? text : null;
  }

  /** The policy's header value with {@code nonce} as the one allowed inline-script nonce. */
  public static String header(String nonce) {
    return "default-src 'self'; "
        + "script-src 'self' 'nonce-"
        + nonce
        + "'; "
        + "style-src 'self'; style-src-attr 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  }
}
