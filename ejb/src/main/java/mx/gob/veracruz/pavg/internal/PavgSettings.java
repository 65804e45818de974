package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * PAVG's settings (MicroProfile Config: domain system properties and password aliases), read on
 * each call so an operator's change applies without a redeployment. Legal terms are configurable
 * and marked "verify" in DOMAIN.md: the values below are the demo defaults.
 */
@ApplicationScoped
public class PavgSettings {
  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  Optional<String> get(String key) {
    return config().getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }

  private int integer(String key, int fallback, int min, int max) {
    try {
      return get(key)
          .map(Integer::parseInt)
          .map(v -> Math.max(min, Math.min(max, v)))
          .orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public boolean production() {
    return "prod".equalsIgnoreCase(get("ciudad.mode").orElse("dev"));
  }

  /** {@code ciudad.pavg.llave-actual} [k1]: the id of the key new rows are sealed with. */
  public String currentKeyId() {
    return get("ciudad.pavg.llave-actual").orElse("k1");
  }

  /** {@code ciudad.pavg.llave.<id>}: base64 of a 256-bit AES key (a password alias). */
  public Optional<String> key(String id) {
    return get("ciudad.pavg.llave." + id);
  }

  /**
   * {@code ciudad.pavg.orden-horas} [4]: hours to issue a protection order from the report (LGAMVLV
   * as reformed in 2021; verify).
   */
  public int protectionHours() {
    return integer("ciudad.pavg.orden-horas", 4, 1, 72);
  }

  /** {@code ciudad.pavg.acceso-minutos} [60]: how long a supervisor's break-glass lasts. */
  public int breakGlassMinutes() {
    return integer("ciudad.pavg.acceso-minutos", 60, 5, 480);
  }

  /** {@code ciudad.pavg.arco.plazo-dias} [20]: business days to answer an ARCO request. */
  public int arcoAnswerDays() {
    return integer("ciudad.pavg.arco.plazo-dias", 20, 1, 60);
  }

  /** {@code ciudad.pavg.arco.ejecucion-dias} [15]: business days to execute a granted request. */
  public int arcoExecutionDays() {
    return integer("ciudad.pavg.arco.ejecucion-dias", 15, 1, 60);
  }

  /** {@code ciudad.pavg.retencion.caso-dias} [1825]: days a closed case is kept. */
  public int caseRetentionDays() {
    return integer("ciudad.pavg.retencion.caso-dias", 1825, 0, 36500);
  }

  /** {@code ciudad.pavg.retencion.arco-dias} [1095]: days a finished ARCO request is kept. */
  public int arcoRetentionDays() {
    return integer("ciudad.pavg.retencion.arco-dias", 1095, 0, 36500);
  }

  /** {@code ciudad.pavg.retencion.acceso-dias} [1825]: days a break-glass record is kept. */
  public int accessRetentionDays() {
    return integer("ciudad.pavg.retencion.acceso-dias", 1825, 0, 36500);
  }

  /** {@code ciudad.pavg.salida-url} [/]: where the quick exit goes (an ordinary page). */
  public String exitUrl() {
    return get("ciudad.pavg.salida-url").orElse("/");
  }

  /** {@code ciudad.pavg.portada.titulo}: the neutral title of the entry page. */
  public String entryTitle() {
    return get("ciudad.pavg.portada.titulo").orElse("Orientación familiar y bienestar");
  }

  /** {@code ciudad.pavg.portada.texto}: the neutral introduction of the entry page. */
  public String entryText() {
    return get("ciudad.pavg.portada.texto")
        .orElse(
            "El Ayuntamiento ofrece orientación gratuita y confidencial sobre convivencia"
                + " familiar, salud y apoyos sociales. Cuéntenos qué necesita.");
  }

  /** {@code ciudad.pavg.telefonos}: the emergency numbers shown on every public PAVG page. */
  public String emergencyNumbers() {
    return get("ciudad.pavg.telefonos").orElse("Emergencias: 911 · Denuncia anónima: 089");
  }
}
