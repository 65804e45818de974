package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals what PAVG must never store in clear: AES-256-GCM with a fresh 96-bit IV per value, the key
 * named by the row's {@code KEY_ID} and the row bound as associated data ({@code table:id}), so a
 * ciphertext copied into another row or table does not open. Keys come from password aliases
 * ({@code ciudad.pavg.llave.<id>}, outside the database and the EAR); without the current key
 * nothing is sealed and the module refuses to work, rather than storing plaintext or a key that
 * dies with the JVM.
 */
@ApplicationScoped
public class Sealer {
  /** What a sealed value is: the key it was made with and the base64 of IV || ciphertext || tag. */
  public record Sealed(String keyId, String text) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject private PavgSettings settings;

  private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

  public String currentKeyId() {
    return settings.currentKeyId();
  }

  public Sealed seal(String table, long id, Map<String, String> fields) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    fields.forEach((k, v) -> b.add(k, v == null ? JsonValue.NULL : JSON.createValue(v)));
    String keyId = currentKeyId();
    return new Sealed(
        keyId,
        Base64.getEncoder()
            .encodeToString(
                encrypt(
                    keyId,
                    aad(table, id, keyId),
                    b.build().toString().getBytes(StandardCharsets.UTF_8))));
  }

  public Map<String, String> open(String table, long id, String keyId, String sealed) {
    byte[] plain = decrypt(keyId, aad(table, id, keyId), Base64.getDecoder().decode(sealed));
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonReader r =
        JSON.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))) {
      JsonObject o = r.readObject();
      o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : null));
    }
    return out;
  }

  public byte[] sealBytes(String table, long id, String keyId, byte[] content) {
    return encrypt(keyId, aad(table + ".bytes", id, keyId), content);
  }

  public byte[] openBytes(String table, long id, String keyId, byte[] sealed) {
    return decrypt(keyId, aad(table + ".bytes", id, keyId), sealed);
  }

  /** Whether the current key is configured (the start-up check and the status page). */
  public boolean ready() {
    return settings.key(currentKeyId()).isPresent();
  }

  private static byte[] aad(String table, long id, String keyId) {
    return (table + ":" + id + ":" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] encrypt(String keyId, byte[] aad, byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad);
      byte[] ct = c.doFinal(plain);
      byte[] out = new byte[iv.length + ct.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(ct, 0, out, iv.length, ct.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No se pudo cifrar con la llave " + keyId, e);
    }
  }

  private byte[] decrypt(String keyId, byte[] aad, byte[] sealed) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key(keyId), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      c.updateAAD(aad);
      return c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      // Never the content: the key id and the failure are all an operator needs.
      throw new IllegalStateException(
          "Un dato sellado con la llave " + keyId + " no abre (llave equivocada o dato alterado)");
    }
  }

  private SecretKey key(String keyId) {
    return keys.computeIfAbsent(
        keyId,
        id -> {
          String b64 =
              settings
                  .key(id)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "Falta la llave de PAVG ciudad.pavg.llave."
                                  + id
                                  + " (alias de contraseña del dominio; README, Operación)"));
          byte[] raw = Base64.getDecoder().decode(b64);
          if (raw.length != 32) {
            throw new IllegalStateException(
                "ciudad.pavg.llave." + id + " debe ser una llave AES de 256 bits en base64");
          }
          return new SecretKeySpec(raw, "AES");
        });
  }

  /** For unit tests and the benchmark: a sealer over fixed keys. */
  public static Sealer withKeys(String currentId, Map<String, String> base64Keys) {
    Sealer s = new Sealer();
    s.settings =
        new PavgSettings() {
          @Override
          Optional<String> get(String key) {
            if (key.equals("ciudad.pavg.llave-actual")) {
              return Optional.of(currentId);
            }
            if (key.startsWith("ciudad.pavg.llave.")) {
              return Optional.ofNullable(base64Keys.get(key.substring(18)));
            }
            return Optional.empty();
          }
        };
    return s;
  }
}
