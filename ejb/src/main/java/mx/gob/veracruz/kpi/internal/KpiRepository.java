package mx.gob.veracruz.kpi.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.KpiSink;
import mx.gob.veracruz.kpi.KpiFact;

/**
 * {@code KPI_FACT}: one row per day, indicator, dimension and key. Written only with native
 * set-based statements (the day's delete, then {@code INSERT … SELECT}); no entity per fact.
 */
@ApplicationScoped
public class KpiRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public int deleteDay(LocalDate date) {
    return em.createNativeQuery("DELETE FROM KPI_FACT WHERE FACT_DATE = ?")
        .setParameter(1, java.sql.Date.valueOf(date))
        .executeUpdate();
  }

  public int countDay(LocalDate date) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM KPI_FACT WHERE FACT_DATE = ?")
                .setParameter(1, java.sql.Date.valueOf(date))
                .getSingleResult())
        .intValue();
  }

  /** The sink a contributor writes one day through. */
  public KpiSink sink(LocalDate date, long computedAtMillis) {
    return (indicator, dimension, groupedSelect, params) -> {
      Query q =
          em.createNativeQuery(
              "INSERT INTO KPI_FACT (FACT_DATE, INDICATOR, DIMENSION, DIM_KEY, VALUE_NUM,"
                  + " COMPUTED_AT_MS) SELECT ?, ?, ?, q.K, q.V, ? FROM ("
                  + groupedSelect
                  + ") q");
      q.setParameter(1, java.sql.Date.valueOf(date));
      q.setParameter(2, indicator);
      q.setParameter(3, dimension);
      q.setParameter(4, computedAtMillis);
      for (int i = 0; i < params.length; i++) {
        q.setParameter(5 + i, params[i]);
      }
      q.executeUpdate();
    };
  }

  @SuppressWarnings("unchecked")
  public List<KpiFact> facts(String indicator, String dimension, LocalDate from, LocalDate to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT FACT_DATE, DIM_KEY, VALUE_NUM FROM KPI_FACT WHERE INDICATOR = ? AND"
                    + " DIMENSION = ? AND FACT_DATE BETWEEN ? AND ? ORDER BY FACT_DATE, DIM_KEY")
            .setParameter(1, indicator)
            .setParameter(2, dimension)
            .setParameter(3, java.sql.Date.valueOf(from))
            .setParameter(4, java.sql.Date.valueOf(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new KpiFact(
                    r[0] instanceof java.sql.Date d
                        ? d.toLocalDate()
                        : LocalDate.parse(r[0].toString()),
                    indicator,
                    dimension,
                    String.valueOf(r[1]),
                    r[2] instanceof BigDecimal b ? b : new BigDecimal(r[2].toString())))
        .toList();
  }
}
