package mx.gob.veracruz.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Gateway-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + rawBody)>}.
 * Public so that tests (and receivers written in Java) can verify with the same code path.
 */
public final class Signatures {

  private Signatures() {}

  public static String header(String secret, long timestamp, byte[] rawBody) {
    return "t=" + timestamp + ",v1=" + hmacHex(secret, timestamp, rawBody);
  }

  public static String hmacHex(String secret, long timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(rawBody));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
