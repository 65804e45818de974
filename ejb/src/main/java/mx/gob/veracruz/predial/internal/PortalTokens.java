package mx.gob.veracruz.predial.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived proof that a portal or app user knew a predio's clave and a second factor: {@code
 * <predioId>.<expiry>.<hmac>}. Stateless, so any instance of a cluster can check it.
 */
public final class PortalTokens {
  public static final long LIFETIME_SECONDS = 30 * 60;

  private PortalTokens() {}

  public static String issue(long predioId, Instant expiresAt, byte[] secret) {
    String body = predioId + "." + expiresAt.getEpochSecond();
    return body + "." + mac(body, secret);
  }

  /** The predio id, or null when the token is malformed, forged or expired. */
  public static Long verify(String token, Instant now, byte[] secret) {
    if (token == null) {
      return null;
    }
    String[] p = token.split("\\.");
    if (p.length != 3) {
      return null;
    }
    byte[] expected = mac(p[0] + "." + p[1], secret).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, p[2].getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    try {
      return Long.parseLong(p[1]) < now.getEpochSecond() ? null : Long.parseLong(p[0]);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String mac(String body, byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
