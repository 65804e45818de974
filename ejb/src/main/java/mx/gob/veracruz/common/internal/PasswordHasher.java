package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in Jakarta Security's format ({@code algorithm:iterations:salt:hash},
 * Base64), so the hashes stay readable by a standard {@code Pbkdf2PasswordHash} store. The JDK's
 * own PBKDF2 does the work; 210,000 iterations of HMAC-SHA512 as OWASP recommends (2023).
 */
@ApplicationScoped
public class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;
  private final SecureRandom random = new SecureRandom();

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] key = derive(ALGORITHM, password, salt, ITERATIONS, KEY_BITS);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key);
  }

  public boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual =
        derive(
            parts[0],
            password,
            b64.decode(parts[2]),
            Integer.parseInt(parts[1]),
            expected.length * 8);
    // Constant-time comparison: no timing oracle on the hash.
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String alg, char[] password, byte[] salt, int iterations, int bits) {
    try {
      return SecretKeyFactory.getInstance(alg)
          .generateSecret(new PBEKeySpec(password, salt, iterations, bits))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 no disponible: " + alg, e);
    }
  }
}
