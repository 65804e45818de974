package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;

/**
 * SIRC's daily indicators, each an {@code INSERT … SELECT … GROUP BY} per dimension over {@code
 * SIRC_REPORT} (times are epoch milliseconds, so a day is a range on indexed columns).
 */
@ApplicationScoped
public class SircKpi implements KpiContributor {
  static final String MODULE = "sirc";
  private static final String OWNER = "Dirección de Atención Ciudadana (SIRC)";
  private static final List<String> ALL =
      List.of("TOTAL", "SERVICIO", "DEPENDENCIA", "CANAL", "COLONIA");
  private static final List<String> BY_SERVICE = List.of("TOTAL", "SERVICIO", "DEPENDENCIA");
  private static final long OVERDUE_HORIZON_MS = 400L * 86_400_000L;

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        new KpiIndicator(
            "sirc.recibidos",
            MODULE,
            "Reportes recibidos",
            "reportes",
            "Reportes ciudadanos registrados en el día (portal, app, Open311, teléfono,"
                + " ventanilla, chat), incluidos los que después se fusionaron con otro.",
            OWNER,
            ALL),
        new KpiIndicator(
            "sirc.resueltos",
            MODULE,
            "Reportes resueltos",
            "reportes",
            "Reportes que pasaron a «resuelto» en el día (su última solución, si se reabrieron).",
            OWNER,
            ALL),
        new KpiIndicator(
            "sirc.cumplimiento",
            MODULE,
            "Resueltos dentro del plazo",
            "%",
            "De los reportes resueltos en el día, el porcentaje resuelto a más tardar en su fecha"
                + " compromiso (plazo del catálogo contado con el calendario de días hábiles).",
            OWNER,
            BY_SERVICE),
        new KpiIndicator(
            "sirc.horas_resolucion",
            MODULE,
            "Tiempo promedio de resolución",
            "horas",
            "Promedio, en horas de reloj, entre la recepción y la solución de los reportes"
                + " resueltos en el día.",
            OWNER,
            BY_SERVICE),
        new KpiIndicator(
            "sirc.reabiertos",
            MODULE,
            "Reportes reabiertos",
            "reportes",
            "Reportes que el ciudadano o un supervisor reabrió en el día porque no quedaron"
                + " resueltos.",
            OWNER,
            List.of("TOTAL", "SERVICIO")),
        new KpiIndicator(
            "sirc.vencidos",
            MODULE,
            "Reportes abiertos vencidos",
            "reportes",
            "Al cierre del día: reportes sin resolver a esa hora cuya fecha compromiso venció en"
                + " los 400 días previos (los rechazados y los fusionados no"
                + " cuentan).",
            OWNER,
            BY_SERVICE));
  }

  @Override
  public void contribute(KpiDay day, KpiSink sink) {
    long from = day.fromMillis();
    long to = day.toMillis();
    for (String dim : ALL) {
      counted(
          sink,
          "sirc.recibidos",
          dim,
          "r.REQUESTED_AT_MS >= ? AND r.REQUESTED_AT_MS < ?",
          from,
          to);
      counted(
          sink, "sirc.resueltos", dim, "r.RESOLVED_AT_MS >= ? AND r.RESOLVED_AT_MS < ?", from, to);
    }
    for (String dim : BY_SERVICE) {
      String resolved = "r.RESOLVED_AT_MS >= ? AND r.RESOLVED_AT_MS < ?";
      sink.insert(
          "sirc.cumplimiento",
          dim,
          select(
              dim,
              "100.0 * SUM(CASE WHEN r.RESOLVED_AT_MS <= r.EXPECTED_AT_MS THEN 1 ELSE 0 END)"
                  + " / COUNT(*)",
              resolved,
              true),
          from,
          to);
      sink.insert(
          "sirc.horas_resolucion",
          dim,
          select(dim, "AVG((r.RESOLVED_AT_MS - r.REQUESTED_AT_MS) / 3600000.0)", resolved, true),
          from,
          to);
      counted(
          sink,
          "sirc.vencidos",
          dim,
          "r.EXPECTED_AT_MS >= ? AND r.EXPECTED_AT_MS < ? AND r.REQUESTED_AT_MS < ?"
              + " AND r.MERGED_INTO IS NULL AND (r.RESOLVED_AT_MS >= ? OR (r.RESOLVED_AT_MS IS NULL"
              + " AND r.STATUS IN ('RECIBIDO', 'ASIGNADO', 'EN_PROCESO')))",
          to - OVERDUE_HORIZON_MS,
          to,
          to,
          to);
    }
    sink.insert(
        "sirc.reabiertos",
        "TOTAL",
        "SELECT '"
            + KpiSink.TOTAL_KEY
            + "' K, COUNT(*) V FROM SIRC_EVENT e WHERE e.AT_MS >= ?"
            + " AND e.AT_MS < ? AND e.FROM_STATUS = 'RESUELTO' AND e.TO_STATUS = 'EN_PROCESO'",
        from,
        to);
    sink.insert(
        "sirc.reabiertos",
        "SERVICIO",
        "SELECT s.CODE K, COUNT(*) V FROM SIRC_EVENT e JOIN SIRC_REPORT r ON r.ID = e.REPORT_ID"
            + " JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID WHERE e.AT_MS >= ? AND e.AT_MS < ?"
            + " AND e.FROM_STATUS = 'RESUELTO' AND e.TO_STATUS = 'EN_PROCESO' GROUP BY s.CODE",
        from,
        to);
  }

  private static void counted(
      KpiSink sink, String indicator, String dim, String where, Object... params) {
    sink.insert(indicator, dim, select(dim, "COUNT(*)", where, false), params);
  }

  /** The grouped query of one dimension; {@code nonEmpty}: no row when nothing matched. */
  static String select(String dim, String value, String where, boolean nonEmpty) {
    String key =
        switch (dim) {
          case "TOTAL" -> "'" + KpiSink.TOTAL_KEY + "'";
          case "SERVICIO" -> "s.CODE";
          case "DEPENDENCIA" -> "r.DEPENDENCIA";
          case "CANAL" -> "r.CHANNEL";
          case "COLONIA" -> "r.COLONIA_ID";
          default -> throw new IllegalArgumentException(dim);
        };
    String join = dim.equals("SERVICIO") ? " JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID" : "";
    String group = dim.equals("TOTAL") ? "" : " GROUP BY " + key;
    String having = nonEmpty ? " HAVING COUNT(*) > 0" : "";
    return "SELECT "
        + key
        + " K, "
        + value
        + " V FROM SIRC_REPORT r"
        + join
        + " WHERE "
        + where
        + group
        + having;
  }
}
