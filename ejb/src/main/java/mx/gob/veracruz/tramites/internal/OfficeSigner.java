package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import mx.gob.veracruz.tramites.model.FirmaLlave;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs resolutions with the office's ECDSA P-256 key and verifies them. In production the key is
 * the Payara password alias {@code ciudad.tramites.firma} ({@code <PKCS#8 base64>|<X.509 base64>});
 * elsewhere a key is made once and kept in the database, so a laptop works out of the box. Every
 * key's public half stays in TRAMITE_LLAVE, so old resolutions verify after a change.
 */
@ApplicationScoped
public class OfficeSigner {
  /** A signature and the key that made it. */
  public record Signed(String keyId, String signature) {}

  @Inject private TramitesRepository repo;

  public Signed sign(byte[] digest) {
    FirmaLlave key = current();
    try {
      PrivateKey priv =
          KeyFactory.getInstance("EC")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateOf(key))));
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initSign(priv);
      s.update(digest);
      return new Signed(key.getKeyId(), Base64.getEncoder().encodeToString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No se pudo firmar la resolución", e);
    }
  }

  public boolean verify(String keyId, byte[] digest, String signature) {
    FirmaLlave key = repo.find(FirmaLlave.class, keyId == null ? "" : keyId);
    if (key == null || signature == null) {
      return false;
    }
    try {
      PublicKey pub =
          KeyFactory.getInstance("EC")
              .generatePublic(
                  new X509EncodedKeySpec(Base64.getDecoder().decode(key.getPublicKey())));
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initVerify(pub);
      s.update(digest);
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String privateOf(FirmaLlave key) {
    if (key.getPrivateKey() != null) {
      return key.getPrivateKey();
    }
    return configured().split("\\|")[0].trim();
  }

  private static boolean production() {
    return "prod"
        .equalsIgnoreCase(
            ConfigProvider.getConfig(OfficeSigner.class.getClassLoader())
                .getOptionalValue("ciudad.mode", String.class)
                .orElse("dev"));
  }

  private static String configured() {
    return ConfigProvider.getConfig(OfficeSigner.class.getClassLoader())
        .getOptionalValue("ciudad.tramites.firma", String.class)
        .filter(s -> s.contains("|"))
        .orElse(null);
  }

  private FirmaLlave current() {
    String conf = configured();
    if (conf != null) {
      String pub = conf.split("\\|")[1].trim();
      String id =
          "oficina-"
              + HexFormat.of().formatHex(sha256(Base64.getDecoder().decode(pub))).substring(0, 12);
      FirmaLlave k = repo.find(FirmaLlave.class, id);
      if (k == null) {
        k = new FirmaLlave();
        k.setKeyId(id);
        k.setPublicKey(pub);
        k.setCreatedAt(Instant.now());
        repo.persist(k);
      }
      return k;
    }
    if (production()) {
      throw new IllegalStateException(
          "Modo producción: falta el alias ciudad.tramites.firma (llave de firma de la oficina)");
    }
    return repo.keys().stream()
        .filter(k -> k.getPrivateKey() != null)
        .reduce((a, b) -> b)
        .orElseGet(this::newDevelopmentKey);
  }

  private FirmaLlave newDevelopmentKey() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = g.generateKeyPair();
      FirmaLlave k = new FirmaLlave();
      k.setPublicKey(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
      k.setPrivateKey(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
      k.setKeyId(
          "desarrollo-"
              + HexFormat.of().formatHex(sha256(pair.getPublic().getEncoded())).substring(0, 12));
      k.setCreatedAt(Instant.now());
      repo.persist(k);
      return k;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
