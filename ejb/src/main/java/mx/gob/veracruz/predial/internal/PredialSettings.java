package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.gob.veracruz.cobros.Bank;
import mx.gob.veracruz.cobros.PaymentSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Predial's server configuration (MicroProfile Config: domain system properties from config/payara,
 * secrets from password aliases). Defaults point at the local sandboxes the run command starts.
 */
@ApplicationScoped
public class PredialSettings {
  @jakarta.inject.Inject private PaymentSettings payments;

  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  private String get(String key, String fallback) {
    return config().getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(fallback);
  }

  public String publicUrl() {
    return get("ciudad.public-url", "http://localhost:8080");
  }

  public String gatewayUrl() {
    return payments.gatewayUrl();
  }

  public String gatewayApiKey() {
    return payments.gatewayApiKey();
  }

  public byte[] gatewayWebhookSecret() {
    return payments.gatewayWebhookSecret();
  }

  static final String SANDBOX_API_KEY = PaymentSettings.SANDBOX_API_KEY;

  private boolean production() {
    return payments.production();
  }

  private String secret(String key, String sandboxValue) {
    return payments.secret(key, sandboxValue);
  }

  static String refusal(String key, String value, String sandboxValue) {
    return PaymentSettings.refusal(key, value, sandboxValue);
  }

  /** Deployment fails in production while a gateway secret is missing or the sandbox's. */
  void refuseSandboxSecretsInProduction(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
          Object start) {
    if (production()) {
      gatewayApiKey();
      gatewayWebhookSecret();
      pacApiKey();
    }
  }

  /** Where the gateway posts callbacks; behind a proxy this is the public address. */
  public String webhookUrl() {
    return payments.webhookUrl();
  }

  public String pacUrl() {
    return payments.pacUrl();
  }

  public String pacApiKey() {
    return payments.pacApiKey();
  }

  /** Signs portal access tokens; every instance of a cluster must share it. */
  public byte[] portalTokenSecret() {
    String secret = get("ciudad.predial.token-secret", null);
    if (secret == null && "prod".equalsIgnoreCase(get("ciudad.mode", "dev"))) {
      throw new IllegalStateException(
          "Modo producción: falta el alias ciudad.predial.token-secret");
    }
    return (secret == null ? "dev-only-portal-token-secret" : secret)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code ciudad.predial.bancos}: {@code CODE|Name|ALGORITHM|convenio;...}. Adding a bank is one
   * entry here plus, if its algorithm is new, one CheckDigitAlgorithm class.
   */
  public List<Bank> banks() {
    return payments.banks();
  }

  public String nightlyReconciliationTime() {
    String t = get("ciudad.predial.conciliacion.hora", "03:30");
    return t.matches("([01]\\d|2[0-3]):[0-5]\\d") ? t : "03:30";
  }

  /**
   * Where the gateway may send a payer back: the portal's return page, plus the addresses in {@code
   * ciudad.predial.return-urls} (comma-separated, e.g. the mobile app's {@code veracruzcd://pago}).
   * Exact match of scheme, host, port and path; the query may vary. Anything else is an open
   * redirect.
   */
  public boolean allowedReturnUrl(String url) {
    java.util.List<String> allowed = new java.util.ArrayList<>();
    allowed.add(defaultReturnUrl());
    for (String extra : get("ciudad.predial.return-urls", "").split(",")) {
      if (!extra.isBlank()) {
        allowed.add(extra.trim());
      }
    }
    return allowedReturnUrl(url, allowed);
  }

  static boolean allowedReturnUrl(String url, List<String> allowed) {
    if (url == null || url.isBlank() || url.length() > 500) {
      return false;
    }
    try {
      java.net.URI u = new java.net.URI(url);
      if (u.getRawUserInfo() != null || u.getRawFragment() != null) {
        return false;
      }
      String base =
          u.getScheme()
              + "://"
              + u.getRawAuthority()
              + (u.getRawPath() == null ? "" : u.getRawPath());
      return allowed.stream().anyMatch(base::equals);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The portal's return page at its public address. */
  public String defaultReturnUrl() {
    return get("ciudad.public-url", "http://localhost:8080").replaceAll("/+$", "")
        + "/predial/pago.xhtml";
  }

  /** Where bank settlement files land; archivo/ and rechazados/ sit beside it. */
  public String landingFolder() {
    return get(
        "ciudad.predial.landing",
        java.nio.file.Path.of(
                System.getProperty(
                    "com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                "predial",
                "entrada")
            .toString());
  }

  /** Fiscal data of the municipality for CFDI (verify with the Tesorería). */
  public String issuerRfc() {
    return payments.issuerRfc();
  }

  public String issuerName() {
    return payments.issuerName();
  }

  public String issuerRegime() {
    return payments.issuerRegime();
  }

  public String issuerPostalCode() {
    return payments.issuerPostalCode();
  }
}
