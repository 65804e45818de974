package mx.gob.veracruz.tramites.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.util.logging.Logger;
import mx.gob.veracruz.tramites.TramiteDefinition;

/**
 * The demo catalogue: 25 municipal procedures ({@code catalogo-demo.json}), loaded once into an
 * empty catalogue unless {@code ciudad.demo=none} or production; each is then an ordinary version 1
 * that the console edits.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTramites {
  private static final Logger LOG = Logger.getLogger(DemoTramites.class.getName());

  @Resource private UserTransaction tx;
  @Inject private TramitesRepository repo;
  @Inject private Catalog catalog;

  @PostConstruct
  void start() {
    var config =
        org.eclipse.microprofile.config.ConfigProvider.getConfig(getClass().getClassLoader());
    String size = config.getOptionalValue("ciudad.demo", String.class).orElse("none");
    String mode = config.getOptionalValue("ciudad.mode", String.class).orElse("dev");
    if (size.equalsIgnoreCase("none") || mode.equalsIgnoreCase("prod")) {
      return;
    }
    try {
      tx.begin();
      if (repo.countTramites() > 0) {
        tx.commit();
        return;
      }
      int n = 0;
      try (InputStream in = getClass().getResourceAsStream("catalogo-demo.json")) {
        for (JsonValue v : Json.createReader(in).readArray()) {
          catalog.save(TramiteDefinition.of(v.asJsonObject()), "demo", "Catálogo de demostración");
          n++;
        }
      }
      tx.commit();
      int loaded = n;
      LOG.info(() -> "Catálogo de trámites de demostración: " + loaded + " trámites");
    } catch (Exception e) {
      try {
        tx.rollback();
      } catch (Exception ignored) {
        // the original failure is what matters
      }
      throw new IllegalStateException(
          "No se pudo cargar el catálogo de trámites de demostración", e);
    }
  }
}
