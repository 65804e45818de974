package mx.gob.veracruz.pavg.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;

/**
 * PAVG's statistics: counts only, from the clear columns only, never by colonia (a small area and a
 * day can point at a woman); the dashboards and the observatory suppress cells below the threshold
 * ({@code ciudad.kpi.umbral}).
 */
@ApplicationScoped
public class PavgKpi implements KpiContributor {
  static final String MODULE = "pavg";
  private static final String OWNER = "Instituto Municipal de la Mujer (PAVG)";
  private static final List<String> DIMS = List.of("TOTAL", "CANAL");

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        KpiIndicator.count(
            "pavg.recibidos",
            MODULE,
            "Reportes de violencia de género recibidos",
            "reportes",
            "Reportes recibidos en el día por el portal, la app o la línea telefónica. Cifras con"
                + " menos casos que el umbral de confidencialidad no se muestran.",
            OWNER,
            DIMS),
        KpiIndicator.count(
            "pavg.peligro",
            MODULE,
            "Reportes con peligro inmediato",
            "reportes",
            "Reportes del día en los que la persona indicó peligro inmediato (se turnan a la"
                + " guardia al momento).",
            OWNER,
            DIMS),
        KpiIndicator.count(
            "pavg.ordenes_a_tiempo",
            MODULE,
            "Órdenes de protección registradas dentro del plazo",
            "casos",
            "Casos en los que se registró en el día una orden de protección a más tardar en el"
                + " plazo legal en horas desde el reporte.",
            OWNER,
            List.of("TOTAL")),
        KpiIndicator.count(
            "pavg.cerrados",
            MODULE,
            "Casos cerrados",
            "casos",
            "Casos cerrados en el día, con cualquier motivo.",
            OWNER,
            List.of("TOTAL")));
  }

  @Override
  public void contribute(KpiDay day, KpiSink sink) {
    long from = day.fromMillis();
    long to = day.toMillis();
    for (String dim : DIMS) {
      String key = dim.equals("TOTAL") ? "'" + KpiSink.TOTAL_KEY + "'" : "c.CHANNEL";
      sink.insert(
          "pavg.recibidos",
          dim,
          "SELECT "
              + key
              + " K, COUNT(*) V FROM PAVG_CASE c WHERE c.RECEIVED_AT_MS >= ? AND"
              + " c.RECEIVED_AT_MS < ? GROUP BY "
              + key,
          from,
          to);
      sink.insert(
          "pavg.peligro",
          dim,
          "SELECT "
              + key
              + " K, COUNT(*) V FROM PAVG_CASE c WHERE c.RECEIVED_AT_MS >= ? AND"
              + " c.RECEIVED_AT_MS < ? AND c.DANGER = TRUE GROUP BY "
              + key,
          from,
          to);
    }
    sink.insert(
        "pavg.ordenes_a_tiempo",
        "TOTAL",
        "SELECT '"
            + KpiSink.TOTAL_KEY
            + "' K, COUNT(*) V FROM PAVG_CASE c WHERE"
            + " c.PROTECTION_AT_MS >= ? AND c.PROTECTION_AT_MS < ? AND c.PROTECTION_AT_MS <="
            + " c.PROTECTION_DUE_MS",
        from,
        to);
    sink.insert(
        "pavg.cerrados",
        "TOTAL",
        "SELECT '"
            + KpiSink.TOTAL_KEY
            + "' K, COUNT(*) V FROM PAVG_CASE c WHERE"
            + " c.CLOSED_AT_MS >= ? AND c.CLOSED_AT_MS < ?",
        from,
        to);
  }
}
