package mx.gob.veracruz.becas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;

/** Becas' statistics: applications filed and scholarship payments credited by the bank, per day. */
@ApplicationScoped
public class BecasKpi implements KpiContributor {
  private static final String OWNER = "Dirección de Desarrollo Social (becas municipales)";
  private static final List<String> DIMS = List.of("TOTAL");

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        KpiIndicator.count(
            "becas.solicitudes",
            Becas.MODULE,
            "Solicitudes de beca presentadas",
            "solicitudes",
            "Solicitudes de beca presentadas en el día (cumplen los requisitos de su convocatoria).",
            OWNER,
            DIMS),
        KpiIndicator.count(
            "becas.pagos_abonados",
            Becas.MODULE,
            "Pagos de beca abonados",
            "pagos",
            "Pagos de beca que el banco abonó en el día (según su archivo de respuesta).",
            OWNER,
            DIMS));
  }

  @Override
  public void contribute(KpiDay day, KpiSink sink) {
    String total = "'" + KpiSink.TOTAL_KEY + "'";
    sink.insert(
        "becas.solicitudes",
        "TOTAL",
        "SELECT "
            + total
            + " K, COUNT(*) V FROM BECA_SOLICITUD s WHERE s.FILED_AT >= ? AND s.FILED_AT < ? GROUP BY "
            + total,
        day.fromTimestamp(),
        day.toTimestamp());
    sink.insert(
        "becas.pagos_abonados",
        "TOTAL",
        "SELECT "
            + total
            + " K, COUNT(*) V FROM BECA_PAGO p WHERE p.STATUS = 'PAGADO' AND p.PAID_AT >= ? AND p.PAID_AT < ? GROUP BY "
            + total,
        day.fromTimestamp(),
        day.toTimestamp());
  }
}
