package mx.gob.veracruz.cobros;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's callback signature: header {@code Gateway-Signature: t=<unix>,v1=<hex>} where v1 is
 * HMAC-SHA256(secret, t + "." + raw body). Checked in constant time, with a 5-minute tolerance
 * either way so an old (replayed) callback is refused.
 */
public final class WebhookSignature {
  public static final long TOLERANCE_SECONDS = 300;

  private WebhookSignature() {}

  /** Why a signature was refused, or null when it is good. */
  public static String problem(String header, byte[] rawBody, byte[] secret, Instant now) {
    if (header == null || header.isBlank()) {
      return "Falta la firma Gateway-Signature";
    }
    Long t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals("t")) {
        try {
          t = Long.parseLong(kv[1]);
        } catch (NumberFormatException e) {
          return "Marca de tiempo inválida";
        }
      } else if (kv.length == 2 && kv[0].equals("v1")) {
        v1 = kv[1];
      }
    }
    if (t == null || v1 == null) {
      return "Firma mal formada";
    }
    if (Math.abs(now.getEpochSecond() - t) > TOLERANCE_SECONDS) {
      return "Marca de tiempo fuera de la tolerancia de 5 minutos";
    }
    byte[] expected = sign(secret, t, rawBody).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, v1.toLowerCase().getBytes(StandardCharsets.US_ASCII))
        ? null
        : "Firma inválida";
  }

  public static String sign(byte[] secret, long t, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(rawBody));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
