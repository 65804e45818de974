package mx.gob.veracruz.cuenta.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings of accounts and tokens (MicroProfile Config: domain system properties and password
 * aliases), read on each call.
 */
@ApplicationScoped
public class AccountSettings {
  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  private Optional<String> get(String key) {
    return config().getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }

  private int integer(String key, int fallback, int min, int max) {
    return get(key)
        .map(Integer::parseInt)
        .map(v -> Math.max(min, Math.min(max, v)))
        .orElse(fallback);
  }

  public boolean production() {
    return "prod".equalsIgnoreCase(get("ciudad.mode").orElse("dev"));
  }

  public String publicUrl() {
    return get("ciudad.public-url").orElse("http://localhost:8080");
  }

  /**
   * The JWT issuer: the public URL (what the app and any MP-JWT verifier expect in {@code iss}).
   */
  public String issuer() {
    return publicUrl();
  }

  /** Base64 of the PKCS#8 RSA private key that signs access tokens (password alias). */
  public Optional<String> signingKey() {
    return get("ciudad.cuentas.jwt.signing-key");
  }

  /** The key signed with before the last rotation: its tokens stay valid until they expire. */
  public Optional<String> previousKey() {
    return get("ciudad.cuentas.jwt.previous-key");
  }

  public int accessMinutes() {
    return integer("ciudad.cuentas.acceso-minutos", 10, 1, 60);
  }

  public int refreshDays() {
    return integer("ciudad.cuentas.renovacion-dias", 30, 1, 365);
  }

  /** Requests per minute of one citizen's token or one staff API token without its own rate. */
  public int tokenRatePerMinute() {
    return integer("ciudad.api.limite-token", 600, 1, 100_000);
  }

  /** Requests per minute of one client address on the public account endpoints. */
  public int publicRatePerMinute() {
    return integer("ciudad.api.limite-publico", 60, 1, 100_000);
  }

  public Optional<String> oidcIssuer() {
    return get("ciudad.oidc.issuer");
  }

  public String oidcClientId() {
    return get("ciudad.oidc.client-id").orElse("ciudad-portal");
  }

  public Optional<String> oidcClientSecret() {
    return get("ciudad.oidc.client-secret");
  }

  /**
   * The ID token claim that carries the CURP (Llave MX: to be confirmed with its documentation).
   */
  public String oidcCurpClaim() {
    return get("ciudad.oidc.curp-claim").orElse("curp");
  }

  /** The provider's name on the login button. */
  public String oidcName() {
    return get("ciudad.oidc.nombre").orElse("Llave MX");
  }
}
