package mx.gob.veracruz.tramites.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import mx.gob.veracruz.common.KpiContributor;
import mx.gob.veracruz.common.KpiDay;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;

/**
 * Trámites' statistics per responsible area: filed, resolved, resolved late, overdue open cases.
 */
@ApplicationScoped
public class TramitesKpi implements KpiContributor {
  private static final String OWNER = "Dirección de Gobierno Digital (trámites y servicios)";
  private static final List<String> DIMS = List.of("TOTAL", "AREA");

  @Override
  public List<KpiIndicator> indicators() {
    return List.of(
        KpiIndicator.count(
            "tramites.presentados",
            Cases.MODULE,
            "Solicitudes de trámites presentadas",
            "solicitudes",
            "Solicitudes presentadas en línea en el día, por área responsable del trámite.",
            OWNER,
            DIMS),
        KpiIndicator.count(
            "tramites.resueltos",
            Cases.MODULE,
            "Trámites resueltos",
            "expedientes",
            "Expedientes resueltos (favorable o no) en el día, por área responsable.",
            OWNER,
            DIMS),
        KpiIndicator.count(
            "tramites.resueltos_fuera_plazo",
            Cases.MODULE,
            "Trámites resueltos fuera del plazo legal",
            "expedientes",
            "Expedientes resueltos en el día después de su fecha de vencimiento legal (días hábiles).",
            OWNER,
            DIMS));
  }

  @Override
  public void contribute(KpiDay day, KpiSink sink) {
    for (String dim : DIMS) {
      String key = dim.equals("TOTAL") ? "'" + KpiSink.TOTAL_KEY + "'" : "t.AREA";
      String from = " FROM TRAMITE_EXPEDIENTE e JOIN TRAMITE t ON t.ID = e.TRAMITE_ID WHERE ";
      sink.insert(
          "tramites.presentados",
          dim,
          "SELECT "
              + key
              + " K, COUNT(*) V"
              + from
              + "e.FILED_AT >= ? AND e.FILED_AT < ? GROUP BY "
              + key,
          day.fromTimestamp(),
          day.toTimestamp());
      sink.insert(
          "tramites.resueltos",
          dim,
          "SELECT "
              + key
              + " K, COUNT(*) V"
              + from
              + "e.RESOLVED_AT >= ? AND e.RESOLVED_AT < ? GROUP BY "
              + key,
          day.fromTimestamp(),
          day.toTimestamp());
      sink.insert(
          "tramites.resueltos_fuera_plazo",
          dim,
          "SELECT "
              + key
              + " K, COUNT(*) V"
              + from
              + "e.RESOLVED_AT >= ? AND e.RESOLVED_AT < ? AND e.DUE_DATE < ? GROUP BY "
              + key,
          day.fromTimestamp(),
          day.toTimestamp(),
          java.sql.Date.valueOf(day.date()));
    }
  }
}
