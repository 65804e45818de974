package mx.gob.veracruz.becas.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.veracruz.becas.BecaRules;
import mx.gob.veracruz.becas.ConvocatoriaCommand;
import mx.gob.veracruz.common.CityClock;

/**
 * Two demo calls of one school cycle (so that the one-application-per-CURP rule can be seen), open
 * from ten days ago to a month from the load, unless {@code ciudad.demo=none} or production.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoBecas {
  private static final Logger LOG = Logger.getLogger(DemoBecas.class.getName());

  @Resource private UserTransaction tx;
  @Inject private BecasRepository repo;
  @Inject private Becas becas;
  @Inject private CityClock clock;

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
      if (repo.countCalls(false) > 0) {
        tx.commit();
        return;
      }
      var today = clock.today();
      List<BecaRules.Document> docs =
          List.of(
              new BecaRules.Document("boleta", "Boleta de calificaciones del ciclo anterior"),
              new BecaRules.Document("constancia", "Constancia de estudios vigente"),
              new BecaRules.Document("domicilio", "Comprobante de domicilio (máximo 3 meses)"));
      becas.save(
          new ConvocatoriaCommand(
              "aprovechamiento-2026",
              "Beca municipal de aprovechamiento escolar 2026-2027",
              "2026-2027",
              "Apoyo económico para estudiantes de primaria y secundaria con buen promedio que viven"
                  + " en el municipio de Veracruz y cuyas familias tienen ingresos bajos.",
              new BecaRules(
                  6,
                  15,
                  List.of("PRIMARIA", "SECUNDARIA"),
                  new BigDecimal("8.0"),
                  new BigDecimal("3500.00"),
                  true,
                  List.of(
                      new BecaRules.Criterion("promedio", 50),
                      new BecaRules.Criterion("ingreso", 40),
                      new BecaRules.Criterion("integrantes", 10)),
                  docs,
                  "FOLIO"),
              today.minusDays(10),
              today.plusDays(30),
              new BigDecimal("1500000.00"),
              250,
              new BigDecimal("1200.00"),
              5),
          true,
          "demo");
      becas.transition("aprovechamiento-2026", "ABIERTA", "demo");
      becas.save(
          new ConvocatoriaCommand(
              "transporte-2026",
              "Beca de transporte para bachillerato y universidad 2026-2027",
              "2026-2027",
              "Apoyo mensual para el transporte de estudiantes de bachillerato y licenciatura que"
                  + " viven en el municipio.",
              new BecaRules(
                  15,
                  29,
                  List.of("BACHILLERATO", "UNIVERSIDAD"),
                  new BigDecimal("7.0"),
                  new BigDecimal("4500.00"),
                  true,
                  List.of(
                      new BecaRules.Criterion("ingreso", 70),
                      new BecaRules.Criterion("promedio", 30)),
                  List.of(new BecaRules.Document("constancia", "Constancia de estudios vigente")),
                  "FOLIO_INICIALES"),
              today.minusDays(10),
              today.plusDays(30),
              new BigDecimal("900000.00"),
              150,
              new BigDecimal("600.00"),
              10),
          true,
          "demo");
      becas.transition("transporte-2026", "ABIERTA", "demo");
      tx.commit();
      LOG.info("Convocatorias de becas de demostración: 2");
    } catch (Exception e) {
      try {
        tx.rollback();
      } catch (Exception ignored) {
        // the original failure is what matters
      }
      throw new IllegalStateException("No se pudieron cargar las becas de demostración", e);
    }
  }
}
