package mx.gob.veracruz.cuenta.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets for links, tokens and counter codes, and their SHA-256 (all that is stored). */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Digits and capitals a clerk can read aloud without confusion (no 0/O, 1/I). */
  private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

  private Secrets() {}

  /** 256 random bits, URL-safe. */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A counter code: 10 characters of a 32-letter alphabet (50 bits), shown as XXXXX-XXXXX. */
  public static String counterCode() {
    StringBuilder s = new StringBuilder(11);
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        s.append('-');
      }
      s.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return s.toString();
  }

  /** A code as typed: spaces and dashes dropped, capitals. */
  public static String normalizeCode(String code) {
    return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  public static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
