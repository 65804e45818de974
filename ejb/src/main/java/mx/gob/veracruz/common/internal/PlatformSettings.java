package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Server configuration (MicroProfile Config: domain system properties set by config/payara,
 * environment variables, password aliases). Read on each call: values may change on a restart.
 */
@ApplicationScoped
public class PlatformSettings {
  private Config config() {
    return ConfigProvider.getConfig(getClass().getClassLoader());
  }

  /** {@code ciudad.mode}: {@code dev} (default) or {@code prod}. */
  public boolean production() {
    return "prod"
        .equalsIgnoreCase(config().getOptionalValue("ciudad.mode", String.class).orElse("dev"));
  }

  /**
   * {@code ciudad.demo}: {@code none}, {@code small} (tests) or {@code city} (about 200,000
   * citizens).
   */
  public String demoSize() {
    return config().getOptionalValue("ciudad.demo", String.class).orElse("none").toLowerCase();
  }

  /** {@code ciudad.admin.password} (or env CIUDAD_ADMIN_PASSWORD): the first administrator's. */
  public Optional<String> adminPassword() {
    return config()
        .getOptionalValue("ciudad.admin.password", String.class)
        .filter(s -> !s.isBlank());
  }

  public String publicUrl() {
    return config()
        .getOptionalValue("ciudad.public-url", String.class)
        .orElse("http://localhost:8080");
  }

  void refuseDemoInProduction() {
    if (!demoSize().equals("none")) {
      throw new IllegalStateException(
          "Modo producción: ciudad.demo debe ser 'none' (está en '"
              + demoSize()
              + "'). La aplicación no arranca con datos de demostración.");
    }
  }
}
