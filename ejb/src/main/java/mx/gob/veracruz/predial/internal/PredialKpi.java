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
  private static final String PAID_IN_DAY =
      " WHERE p.STATUS = 'APLICADO' AND p.PAID_AT >= ? AND p.PAID_AT < ?";

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        new KpiIndicator(
            "predial.recaudado",
            MODULE,
            "Predial recaudado",
            "MXN",
            "Suma de los pagos de predial aplicados en el día (los cancelados después no cuentan),"
                + " por canal: caja en efectivo o tarjeta, en línea, banco.",
            OWNER,
            List.of("TOTAL", "CANAL")),
        new KpiIndicator(
            "predial.pagos",
            MODULE,
            "Pagos de predial",
            "pagos",
            "Pagos de predial aplicados en el día, por canal.",
            OWNER,
            List.of("TOTAL", "CANAL")),
        new KpiIndicator(
            "predial.descuentos",
            MODULE,
            "Descuentos otorgados",
            "MXN",
            "Descuentos (pronto pago, beneficios) de los pagos aplicados en el día.",
            OWNER,
            List.of("TOTAL")),
        new KpiIndicator(
            "predial.conciliacion_lineas",
            MODULE,
            "Líneas de archivos bancarios",
            "líneas",
            "Líneas de los archivos de los bancos con fecha de operación del día, por resultado de"
                + " la conciliación (PENDIENTE: aún sin procesar).",
            OWNER,
            List.of("TOTAL", "RESULTADO")),
        new KpiIndicator(
            "predial.excepciones_abiertas",
            MODULE,
            "Excepciones de conciliación abiertas",
            "líneas",
            "De las líneas con fecha de operación del día, las que no se aplicaron ni confirmaron y"
                + " siguen sin resolver al calcular.",
            OWNER,
            List.of("TOTAL")));
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
    sink.insert(
        "predial.excepciones_abiertas",
        "TOTAL",
        "SELECT "
            + TOTAL
            + " K, COUNT(*) V"
            + lines
            + " AND l.OUTCOME IS NOT NULL AND l.OUTCOME NOT IN ('APLICADO', 'CONFIRMADO')"
            + " AND l.RESOLUTION IS NULL",
        date);
  }
}
