package mx.gob.veracruz.predial.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;

/** Predial's daily indicators: collection, payments, discounts, and the day's bank files. */
@ApplicationScoped
public class PredialKpi implements KpiContributor {
  static final String MODULE = "predial";
  private static final String OWNER = "Tesorería Municipal";
  private static final String TOTAL = "'" + KpiSink.TOTAL_KEY + "'";

  /** The CURP of a payment's predio's first owner who has one (a correlated lookup by index). */
  private static final String OWNER_CURP =
      "(SELECT MIN(UPPER(o.CURP)) FROM PREDIO_PROPIETARIO o WHERE o.PREDIO_ID = p.PREDIO_ID)";

  private static final String PAID_IN_DAY =
      " WHERE p.STATUS = 'APLICADO' AND p.PAID_AT >= ? AND p.PAID_AT < ?";

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        KpiIndicator.count(
                "predial.recaudado",
                MODULE,
                "Predial recaudado",
                "MXN",
                "Suma de los pagos de predial aplicados en el día (los cancelados después no"
                    + " cuentan), por canal (caja en efectivo o tarjeta, en línea, banco) y por"
                    + " banco de los pagos con referencia bancaria.",
                OWNER,
                List.of("TOTAL", "CANAL", "BANCO"))
            .rolledUp(KpiIndicator.Rollup.SUM, "predial.pagos"),
        KpiIndicator.count(
            "predial.pagos",
            MODULE,
            "Pagos de predial",
            "pagos",
            "Pagos de predial aplicados en el día, por canal y por banco.",
            OWNER,
            List.of("TOTAL", "CANAL", "BANCO")),
        KpiIndicator.count(
                "predial.descuentos",
                MODULE,
                "Descuentos otorgados",
                "MXN",
                "Descuentos (pronto pago de enero y febrero, beneficios) de los pagos aplicados en"
                    + " el día.",
                OWNER,
                List.of("TOTAL"))
            .rolledUp(KpiIndicator.Rollup.SUM, "predial.pagos"),
        KpiIndicator.count(
                "predial.cuentas_rezago",
                MODULE,
                "Cuentas en rezago",
                "predios",
                "Al cierre del día: predios con impuesto sin cubrir de algún ejercicio anterior al"
                    + " del día (lo acreditado entonces: lo acreditado hoy menos lo pagado después"
                    + " de ese día). En un periodo: el último día.",
                OWNER,
                List.of("TOTAL"))
            .rolledUp(KpiIndicator.Rollup.LAST, "predial.cuentas_rezago")
            .withTarget(null, false),
        KpiIndicator.count(
                "predial.cuentas_corriente",
                MODULE,
                "Cuentas al corriente",
                "predios",
                "Al cierre del día: predios registrados sin impuesto pendiente de ejercicios"
                    + " anteriores (todos los predios menos los que están en rezago).",
                OWNER,
                List.of("TOTAL"))
            .rolledUp(KpiIndicator.Rollup.LAST, "predial.cuentas_corriente"),
        KpiIndicator.count(
            "predial.conciliacion_lineas",
            MODULE,
            "Líneas de archivos bancarios",
            "líneas",
            "Líneas de los archivos de los bancos con fecha de operación del día, por resultado de"
                + " la conciliación (PENDIENTE: aún sin procesar).",
            OWNER,
            List.of("TOTAL", "RESULTADO")),
        KpiIndicator.count(
            "predial.excepciones_abiertas",
            MODULE,
            "Excepciones de conciliación abiertas",
            "líneas",
            "De las líneas con fecha de operación del día, las que no se aplicaron ni confirmaron y"
                + " siguen sin resolver al calcular (también las que esperan la aprobación de un"
                + " supervisor).",
            OWNER,
            List.of("TOTAL")),
        KpiIndicator.count(
            "predial.excepciones_resueltas",
            MODULE,
            "Excepciones de conciliación resueltas",
            "líneas",
            "De las líneas con fecha de operación del día, las que no se aplicaron ni confirmaron"
                + " y cuya resolución ya aprobó un supervisor al calcular (aplicadas a mano, devueltas o"
                + " descartadas con su motivo).",
            OWNER,
            List.of("TOTAL")));
  }

  /**
   * Accounts in arrears at the end of the day: a past year whose tax credited then (credited now
   * minus tax and discount of payments applied after the day) is short of the year's tax.
   */
  private static void arrears(KpiDay day, KpiSink sink) {
    int year = day.date().getYear();
    // In arrears then: short now (paying never un-credits a year), or full now only thanks to
    // lines of that past year paid after the day. Two index-friendly halves, no per-year
    // correlated lookup (MariaDB turned a grouped join into 650,000 lateral lookups: 10 s a day),
    // and of the later payments only those that pay past years (PAST_YEARS: 3 s a day without).
    String inArrears =
        "SELECT a.PREDIO_ID P FROM PREDIAL_ANUALIDAD a WHERE a.FISCAL_YEAR < ?"
            + " AND a.CREDITED_TAX < a.ANNUAL_TAX"
            + " UNION ALL SELECT a.PREDIO_ID P FROM (SELECT pp.PREDIO_ID, pl.FISCAL_YEAR,"
            + " SUM(pl.TAX + pl.DISCOUNT) LATER FROM PREDIAL_PAGO pp"
            + " JOIN PREDIAL_PAGO_LINEA pl ON pl.PAGO_ID = pp.ID WHERE pp.PAST_YEARS = 1"
            + " AND pp.STATUS = 'APLICADO' AND pp.PAID_AT >= ? AND pl.FISCAL_YEAR < ?"
            + " GROUP BY pp.PREDIO_ID, pl.FISCAL_YEAR) lt"
            + " JOIN PREDIAL_ANUALIDAD a ON a.PREDIO_ID = lt.PREDIO_ID"
            + " AND a.FISCAL_YEAR = lt.FISCAL_YEAR WHERE a.CREDITED_TAX - lt.LATER < a.ANNUAL_TAX";
    sink.insert(
        "predial.cuentas_rezago",
        "TOTAL",
        "SELECT " + TOTAL + " K, COUNT(DISTINCT x.P) V FROM (" + inArrears + ") x",
        year,
        day.toTimestamp(),
        year);
    // Up to date: every predio but those in arrears, from the fact just written (one scan a day).
    sink.insert(
        "predial.cuentas_corriente",
        "TOTAL",
        "SELECT "
            + TOTAL
            + " K, (SELECT COUNT(*) FROM PREDIO) - f.VALUE_NUM V FROM KPI_FACT f"
            + " WHERE f.FACT_DATE = ? AND f.INDICATOR = 'predial.cuentas_rezago'"
            + " AND f.DIMENSION = 'TOTAL'",
        java.sql.Date.valueOf(day.date()));
  }

  @Override
  public List<KpiSink.People> people(KpiDay day) {
    return List.of(
        new KpiSink.People(
            "SELECT CASE WHEN "
                + OWNER_CURP
                + " IS NULL THEN CONCAT('PREDIO:',"
                + " CAST(p.PREDIO_ID AS CHAR(20))) ELSE CONCAT('CURP:', "
                + OWNER_CURP
                + ") END P"
                + " FROM PREDIAL_PAGO p"
                + PAID_IN_DAY,
            day.fromTimestamp(),
            day.toTimestamp()));
  }

  @Override
  public void contribute(KpiDay day, KpiSink sink) {
    Object[] bounds = {day.fromTimestamp(), day.toTimestamp()};
    sink.insert(
        "predial.recaudado",
        "TOTAL",
        "SELECT " + TOTAL + " K, COALESCE(SUM(p.AMOUNT), 0) V FROM PREDIAL_PAGO p" + PAID_IN_DAY,
        bounds);
    sink.insert(
        "predial.recaudado",
        "CANAL",
        "SELECT p.CHANNEL K, SUM(p.AMOUNT) V FROM PREDIAL_PAGO p"
            + PAID_IN_DAY
            + " GROUP BY p.CHANNEL",
        bounds);
    sink.insert(
        "predial.recaudado",
        "BANCO",
        "SELECT p.BANK K, SUM(p.AMOUNT) V FROM PREDIAL_PAGO p"
            + PAID_IN_DAY
            + " AND p.CHANNEL = 'BANCO' AND p.BANK IS NOT NULL GROUP BY p.BANK",
        bounds);
    sink.insert(
        "predial.pagos",
        "BANCO",
        "SELECT p.BANK K, COUNT(*) V FROM PREDIAL_PAGO p"
            + PAID_IN_DAY
            + " AND p.CHANNEL = 'BANCO' AND p.BANK IS NOT NULL GROUP BY p.BANK",
        bounds);
    arrears(day, sink);
    sink.insert(
        "predial.pagos",
        "TOTAL",
        "SELECT " + TOTAL + " K, COUNT(*) V FROM PREDIAL_PAGO p" + PAID_IN_DAY,
        bounds);
    sink.insert(
        "predial.pagos",
        "CANAL",
        "SELECT p.CHANNEL K, COUNT(*) V FROM PREDIAL_PAGO p" + PAID_IN_DAY + " GROUP BY p.CHANNEL",
        bounds);
    sink.insert(
        "predial.descuentos",
        "TOTAL",
        "SELECT "
            + TOTAL
            + " K, COALESCE(SUM(l.DISCOUNT), 0) V FROM PREDIAL_PAGO_LINEA l"
            + " JOIN PREDIAL_PAGO p ON p.ID = l.PAGO_ID"
            + PAID_IN_DAY,
        bounds);
    java.sql.Date date = java.sql.Date.valueOf(day.date());
    String lines =
        " FROM PREDIAL_ARCHIVO_LINEA l JOIN PREDIAL_ARCHIVO a ON a.ID = l.ARCHIVO_ID"
            + " WHERE a.BUSINESS_DATE = ?";
    sink.insert(
        "predial.conciliacion_lineas", "TOTAL", "SELECT " + TOTAL + " K, COUNT(*) V" + lines, date);
    sink.insert(
        "predial.conciliacion_lineas",
        "RESULTADO",
        "SELECT COALESCE(l.OUTCOME, 'PENDIENTE') K, COUNT(*) V"
            + lines
            + " GROUP BY COALESCE(l.OUTCOME, 'PENDIENTE')",
        date);
    // exceptions (neither applied nor confirmed) still open or settled, as the queue counts them:
    // settled when a supervisor approved the resolution (RESOLVED_AT), not when it was requested
    String exceptions =
        lines + " AND l.OUTCOME IS NOT NULL AND l.OUTCOME NOT IN ('APLICADO', 'CONFIRMADO')";
    sink.insert(
        "predial.excepciones_abiertas",
        "TOTAL",
        "SELECT " + TOTAL + " K, COUNT(*) V" + exceptions + " AND l.RESOLVED_AT IS NULL",
        date);
    sink.insert(
        "predial.excepciones_resueltas",
        "TOTAL",
        "SELECT " + TOTAL + " K, COUNT(*) V" + exceptions + " AND l.RESOLVED_AT IS NOT NULL",
        date);
  }
}
