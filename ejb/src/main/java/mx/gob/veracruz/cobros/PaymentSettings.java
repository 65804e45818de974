package mx.gob.veracruz.cobros;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the city takes payments, for every module that charges: the gateway, its secrets, the banks
 * of the slips. Secrets are Payara password aliases; in production ({@code ciudad.mode=prod}) a
 * missing secret or the sandbox's published one is refused.
 */
@ApplicationScoped
public class PaymentSettings {
  /** The published sandbox values: fine on a laptop, a forgery kit in production. */
  public static final String SANDBOX_API_KEY = "sandbox-api-key";

  public static final String SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";

  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  String get(String key, String fallback) {
    return config().getOptionalValue(key, String.class).filter(s -> !s.isBlank()).orElse(fallback);
  }

  public boolean production() {
    return "prod".equalsIgnoreCase(get("ciudad.mode", "dev"));
  }

  public String publicUrl() {
    return get("ciudad.public-url", "http://localhost:8080");
  }

  public String gatewayUrl() {
    return get("ciudad.gateway.url", "http://127.0.0.1:8095");
  }

  public String gatewayApiKey() {
    return secret("ciudad.gateway.api-key", SANDBOX_API_KEY);
  }

  public byte[] gatewayWebhookSecret() {
    return secret("ciudad.gateway.webhook-secret", SANDBOX_WEBHOOK_SECRET)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Where the gateway posts callbacks, for every module's charges (one event store; behind a proxy
   * this is the public address).
   */
  public String webhookUrl() {
    return get("ciudad.gateway.webhook-url", publicUrl() + "/api/v1/predial/pasarela/eventos");
  }

  /** The authorised certification provider (PAC) that stamps every module's CFDIs. */
  public String pacUrl() {
    return get("ciudad.pac.url", gatewayUrl());
  }

  public String pacApiKey() {
    return production()
        ? secret("ciudad.pac.api-key", SANDBOX_API_KEY)
        : get("ciudad.pac.api-key", gatewayApiKey());
  }

  /** Fiscal data of the municipality for CFDI (verify with the Tesorería). */
  public String issuerRfc() {
    return get("ciudad.cfdi.rfc", "MVE850101AB1");
  }

  public String issuerName() {
    return get("ciudad.cfdi.nombre", "MUNICIPIO DE VERACRUZ");
  }

  public String issuerRegime() {
    return get("ciudad.cfdi.regimen", "603");
  }

  public String issuerPostalCode() {
    return get("ciudad.cfdi.cp", "91700");
  }

  /**
   * A secret; outside production it defaults to the sandbox's, in production it must be a real one.
   */
  public String secret(String key, String sandboxValue) {
    String value = get(key, null);
    if (production()) {
      String problem = refusal(key, value, sandboxValue);
      if (problem != null) {
        throw new IllegalStateException(problem);
      }
      return value;
    }
    return value == null ? sandboxValue : value;
  }

  /** Why a production secret is refused, or null. */
  public static String refusal(String key, String value, String sandboxValue) {
    if (value == null) {
      return "Modo producción: falta el alias "
          + key
          + " (asadmin create-password-alias "
          + key
          + ")";
    }
    if (value.equals(sandboxValue) || value.startsWith("sandbox-") || value.length() < 16) {
      return "Modo producción: el alias "
          + key
          + " tiene el valor publicado del sandbox o es demasiado corto"
          + " (mínimo 16 caracteres)";
    }
    return null;
  }

  /**
   * {@code ciudad.predial.bancos}: {@code CODE|Name|ALGORITHM|convenio;...}. Adding a bank is one
   * entry here plus, if its algorithm is new, one CheckDigitAlgorithm class.
   */
  public List<Bank> banks() {
    String raw =
        get(
            "ciudad.predial.bancos",
            "BBVA|BBVA México|BBVA-00|1234567;SANTANDER|Santander|ISO7064-97-10|7654321");
    return Arrays.stream(raw.split(";"))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> s.split("\\|"))
        .map(p -> new Bank(p[0].trim(), p[1].trim(), p[2].trim(), p[3].trim()))
        .toList();
  }
}
