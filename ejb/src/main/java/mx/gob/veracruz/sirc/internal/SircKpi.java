package mx.gob.veracruz.sirc.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject private WorkLedger ledger;

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        KpiIndicator.count(
            "sirc.recibidos",
            MODULE,
            "Reportes recibidos",
            "reportes",
            "Reportes ciudadanos registrados en el día (portal, app, Open311, teléfono,"
                + " ventanilla, chat), incluidos los que después se fusionaron con otro.",
            OWNER,
            ALL),
        KpiIndicator.count(
            "sirc.resueltos",
            MODULE,
            "Reportes resueltos",
            "reportes",
            "Reportes que pasaron a «resuelto» en el día (su última solución, si se reabrieron).",
            OWNER,
            ALL),
        KpiIndicator.count(
                "sirc.cumplimiento",
                MODULE,
                "Resueltos dentro del plazo",
                "%",
                "De los reportes resueltos en el día, el porcentaje resuelto a más tardar en su"
                    + " fecha compromiso (plazo del catálogo contado con el calendario de días"
                    + " hábiles). En un periodo: el promedio de los días ponderado por los"
                    + " resueltos de cada día.",
                OWNER,
                ALL)
            .rolledUp(KpiIndicator.Rollup.WEIGHTED, "sirc.resueltos")
            .withTarget(new java.math.BigDecimal("85"), true),
        KpiIndicator.count(
                "sirc.horas_resolucion",
                MODULE,
                "Tiempo promedio de resolución (horas hábiles)",
                "horas hábiles",
                "Promedio, en horas hábiles (horario de atención de SIRC en días hábiles del"
                    + " calendario municipal), entre la recepción y la solución de los reportes"
                    + " resueltos en el día.",
                OWNER,
                ALL)
            .rolledUp(KpiIndicator.Rollup.WEIGHTED, "sirc.resueltos")
            .withTarget(new java.math.BigDecimal("24"), false),
        KpiIndicator.count(
                "sirc.horas_mediana",
                MODULE,
                "Mediana del tiempo de resolución (horas hábiles)",
                "horas hábiles",
                "La mitad de los reportes resueltos en el día se resolvió en a lo más estas horas"
                    + " hábiles (rango más cercano: el valor en la posición ⌈0.5·n⌉).",
                OWNER,
                ALL)
            .rolledUp(KpiIndicator.Rollup.DAILY, "sirc.resueltos"),
        KpiIndicator.count(
                "sirc.horas_p90",
                MODULE,
                "Percentil 90 del tiempo de resolución (horas hábiles)",
                "horas hábiles",
                "Nueve de cada diez reportes resueltos en el día se resolvieron en a lo más estas"
                    + " horas hábiles (el valor en la posición ⌈0.9·n⌉).",
                OWNER,
                ALL)
            .rolledUp(KpiIndicator.Rollup.DAILY, "sirc.resueltos"),
        KpiIndicator.count(
            "sirc.reabiertos",
            MODULE,
            "Reportes reabiertos",
            "reportes",
            "Reportes que el ciudadano o un supervisor reabrió en el día porque no quedaron"
                + " resueltos.",
            OWNER,
            List.of("TOTAL", "SERVICIO")),
        KpiIndicator.count(
                "sirc.vencidos",
                MODULE,
                "Reportes abiertos vencidos",
                "reportes",
                "Al cierre del día: reportes sin resolver a esa hora cuya fecha compromiso venció"
                    + " en los 400 días previos (los rechazados y los fusionados no cuentan). En"
                    + " un periodo: el último día.",
                OWNER,
                BY_SERVICE)
            .rolledUp(KpiIndicator.Rollup.LAST, "sirc.vencidos"));
  }

  @Override
  public void prepare() {
    ledger.refresh();
  }

  @Override
  public List<KpiSink.People> people(KpiDay day) {
    return List.of(
        new KpiSink.People(
            "SELECT CASE WHEN r.CURP IS NOT NULL THEN CONCAT('CURP:', UPPER(r.CURP))"
                + " WHEN r.CONTACT_EMAIL IS NOT NULL THEN CONCAT('MAIL:', LOWER(r.CONTACT_EMAIL))"
                + " WHEN r.CONTACT_PHONE IS NOT NULL THEN CONCAT('TEL:', r.CONTACT_PHONE)"
                + " ELSE CONCAT('SIRC:', CAST(r.ID AS CHAR(20))) END P FROM SIRC_REPORT r"
                + " WHERE r.REQUESTED_AT_MS >= ? AND r.REQUESTED_AT_MS < ?",
            day.fromMillis(),
            day.toMillis()));
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
    String resolved = "r.RESOLVED_AT_MS >= ? AND r.RESOLVED_AT_MS < ?";
    for (String dim : ALL) {
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
    }
    for (String dim : ALL) {
      sink.insert("sirc.horas_resolucion", dim, hours(dim, null), from, to);
      sink.insert("sirc.horas_mediana", dim, hours(dim, "0.5"), from, to);
      sink.insert("sirc.horas_p90", dim, hours(dim, "0.9"), from, to);
    }
    for (String dim : BY_SERVICE) {
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

  /**
   * Business hours between reception and solution of the day's resolved reports, per key: their
   * mean ({@code percentile} null) or a nearest-rank percentile (the smallest value whose rank is
   * at least ⌈p·n⌉, with window functions both H2 and MariaDB run).
   */
  static String hours(String dim, String percentile) {
    String h =
        "("
            + WorkLedger.worked("we", "r.RESOLVED_AT_MS")
            + " - "
            + WorkLedger.worked("ws", "r.REQUESTED_AT_MS")
            + ") / 3600000.0";
    String joins =
        WorkLedger.join("ws", "r.REQUESTED_AT_MS") + WorkLedger.join("we", "r.RESOLVED_AT_MS");
    String key = key(dim);
    String service = dim.equals("SERVICIO") ? " JOIN SIRC_SERVICE s ON s.ID = r.SERVICE_ID" : "";
    String where = " WHERE r.RESOLVED_AT_MS >= ? AND r.RESOLVED_AT_MS < ?";
    if (percentile == null) {
      return "SELECT "
          + key
          + " K, AVG("
          + h
          + ") V FROM SIRC_REPORT r"
          + service
          + joins
          + where
          + (dim.equals("TOTAL") ? " HAVING COUNT(*) > 0" : " GROUP BY " + key);
    }
    return "SELECT x.K K, MIN(x.H) V FROM (SELECT "
        + key
        + " K, "
        + h
        + " H, ROW_NUMBER() OVER"
        + " (PARTITION BY "
        + key
        + " ORDER BY "
        + h
        + ") RN, COUNT(*) OVER (PARTITION BY "
        + key
        + ") N FROM SIRC_REPORT r"
        + service
        + joins
        + where
        + ") x WHERE x.RN >= CEIL("
        + percentile
        + " * x.N) GROUP BY x.K";
  }

  private static String key(String dim) {
    return switch (dim) {
      case "TOTAL" -> "'" + KpiSink.TOTAL_KEY + "'";
      case "SERVICIO" -> "s.CODE";
      case "DEPENDENCIA" -> "r.DEPENDENCIA";
      case "CANAL" -> "r.CHANNEL";
      case "COLONIA" -> "r.COLONIA_ID";
      default -> throw new IllegalArgumentException(dim);
    };
  }

  private static void counted(
      KpiSink sink, String indicator, String dim, String where, Object... params) {
    sink.insert(indicator, dim, select(dim, "COUNT(*)", where, false), params);
  }

  /** The grouped query of one dimension; {@code nonEmpty}: no row when nothing matched. */
  static String select(String dim, String value, String where, boolean nonEmpty) {
    String key = key(dim);
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
