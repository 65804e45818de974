package mx.gob.veracruz.cuenta.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The app's access tokens: JWTs signed RS256 with the claims MicroProfile JWT 2.1 requires ({@code
 * iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}), so any
 * MP-JWT service can verify them against {@code /api/v1/cuenta/jwks.json}. The signing key is a
 * password alias ({@code ciudad.cuentas.jwt.signing-key}); after a rotation the previous key
 * ({@code …previous-key}) still verifies the tokens it signed until they expire.
 */
@ApplicationScoped
public class AccessTokens {
  private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
  public static final String AUDIENCE = "ciudad-app";
  static final long SKEW_MS = 30_000L;

  /** A verified token: whose, when issued, its id. */
  public record Verified(long accountId, long issuedAtMillis, String jti, long expiresAtMillis) {}

  @Inject private AccountSettings settings;

  public AccessTokens() {}

  /** For tests: fixed settings. */
  AccessTokens(AccountSettings settings) {
    this.settings = settings;
  }

  private final Map<String, RSAKey> parsed = new ConcurrentHashMap<>();
  private volatile RSAKey ephemeral;

  public record Issued(String token, long expiresAtMillis) {}

  public Issued issue(long accountId, boolean curpVerified, long now) {
    RSAKey key = current();
    long exp = now + settings.accessMinutes() * 60_000L;
    String sub = "cuenta:" + accountId;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.issuer())
            .subject(sub)
            .audience(AUDIENCE)
            .claim("upn", sub)
            .claim("groups", List.of("CIUDADANO"))
            .claim("curp_verificada", curpVerified)
            // iat has whole seconds; a sign-out in the same second must still refuse the token.
            .claim("iat_ms", now)
            .issueTime(new Date(now))
            .notBeforeTime(new Date(now))
            .expirationTime(new Date(exp))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return new Issued(jwt.serialize(), exp);
    } catch (JOSEException e) {
      throw new IllegalStateException("No se pudo firmar el token", e);
    }
  }

  /** The token's claims when its signature, issuer, audience and times are right. */
  public Optional<Verified> verify(String token, long now) {
    if (token == null || token.length() > 4096) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
        return Optional.empty();
      }
      RSAKey key =
          keys().stream()
              .filter(k -> k.getKeyID().equals(jwt.getHeader().getKeyID()))
              .findFirst()
              .orElse(null);
      if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (!settings.issuer().equals(c.getIssuer())
          || c.getAudience() == null
          || !c.getAudience().contains(AUDIENCE)
          || c.getExpirationTime() == null
          || c.getIssueTime() == null
          || c.getExpirationTime().getTime() + SKEW_MS < now
          || (c.getNotBeforeTime() != null && c.getNotBeforeTime().getTime() - SKEW_MS > now)
          || c.getSubject() == null
          || !c.getSubject().matches("cuenta:[0-9]{1,18}")) {
        return Optional.empty();
      }
      Long issuedMs = c.getLongClaim("iat_ms");
      return Optional.of(
          new Verified(
              Long.parseLong(c.getSubject().substring(7)),
              issuedMs == null ? c.getIssueTime().getTime() : issuedMs,
              c.getJWTID(),
              c.getExpirationTime().getTime()));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The public keys (current first), for {@code jwks.json}. */
  public Map<String, Object> jwks() {
    return new JWKSet(
            keys().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList())
        .toJSONObject(true);
  }

  private RSAKey current() {
    Optional<String> alias = settings.signingKey();
    if (alias.isPresent()) {
      return parsed.computeIfAbsent(alias.get(), AccessTokens::parse);
    }
    if (settings.production()) {
      throw new IllegalStateException(
          "Modo producción: falta el alias ciudad.cuentas.jwt.signing-key (README, Operación)");
    }
    RSAKey e = ephemeral;
    if (e == null) {
      synchronized (this) {
        if (ephemeral == null) {
          LOG.warning(
              "Sin ciudad.cuentas.jwt.signing-key: se firma con una llave temporal de esta JVM"
                  + " (sólo desarrollo; en un clúster cada instancia tendría la suya)");
          ephemeral = generate();
        }
        e = ephemeral;
      }
    }
    return e;
  }

  private List<RSAKey> keys() {
    List<RSAKey> keys = new ArrayList<>(2);
    keys.add(current());
    settings.previousKey().ifPresent(p -> keys.add(parsed.computeIfAbsent(p, AccessTokens::parse)));
    return keys;
  }

  static RSAKey parse(String base64Pkcs8) {
    try {
      KeyFactory kf = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey priv =
          (RSAPrivateCrtKey)
              kf.generatePrivate(
                  new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64Pkcs8)));
      RSAPublicKey pub =
          (RSAPublicKey)
              kf.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      return withThumbprint(new RSAKey.Builder(pub).privateKey(priv));
    } catch (NoSuchAlgorithmException | InvalidKeySpecException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "ciudad.cuentas.jwt.signing-key no es una llave RSA PKCS#8 en base64", e);
    }
  }

  private static RSAKey generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair kp = g.generateKeyPair();
      return withThumbprint(
          new RSAKey.Builder((RSAPublicKey) kp.getPublic()).privateKey(kp.getPrivate()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey withThumbprint(RSAKey.Builder b) {
    try {
      RSAKey k = b.keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
      return new RSAKey.Builder(k).keyID(k.computeThumbprint().toString()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static Instant at(long ms) {
    return Instant.ofEpochMilli(ms);
  }
}
