package mx.gob.veracruz.kpi.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.gob.veracruz.common.KpiIndicator;
import mx.gob.veracruz.common.KpiSink;
import mx.gob.veracruz.kpi.KpiFact;
import mx.gob.veracruz.kpi.KpiValue;

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

  /**
   * An indicator's values per period and key over {@code [from, to]}, combined in the database as
   * its rollup says; {@code byMonth}: one period per calendar month, else the whole range. {@link
   * KpiIndicator.Rollup#DAILY} indicators do not combine: no rows.
   */
  @SuppressWarnings("unchecked")
  public List<KpiValue> rollup(
      KpiIndicator ind, String dimension, LocalDate from, LocalDate to, boolean byMonth) {
    String per = byMonth ? "(YEAR(f.FACT_DATE) * 100 + MONTH(f.FACT_DATE))" : "0";
    String group = byMonth ? per + ", f.DIM_KEY" : "f.DIM_KEY";
    String range = " f.INDICATOR = ? AND f.DIMENSION = ? AND f.FACT_DATE BETWEEN ? AND ?";
    Query q;
    switch (ind.rollup()) {
      case SUM ->
          q =
              em.createNativeQuery(
                      "SELECT "
                          + per
                          + ", f.DIM_KEY, SUM(f.VALUE_NUM) FROM KPI_FACT f WHERE"
                          + range
                          + " GROUP BY "
                          + group
                          + " ORDER BY 1, 2")
                  .setParameter(1, ind.code())
                  .setParameter(2, dimension)
                  .setParameter(3, java.sql.Date.valueOf(from))
                  .setParameter(4, java.sql.Date.valueOf(to));
      case WEIGHTED ->
          q =
              em.createNativeQuery(
                      "SELECT "
                          + per
                          + ", f.DIM_KEY, SUM(f.VALUE_NUM * b.VALUE_NUM) /"
                          + " SUM(b.VALUE_NUM) FROM KPI_FACT f JOIN KPI_FACT b ON b.INDICATOR = ?"
                          + " AND b.DIMENSION = f.DIMENSION AND b.FACT_DATE = f.FACT_DATE"
                          + " AND b.DIM_KEY = f.DIM_KEY WHERE"
                          + range
                          + " GROUP BY "
                          + group
                          + " HAVING SUM(b.VALUE_NUM) > 0 ORDER BY 1, 2")
                  .setParameter(1, ind.base())
                  .setParameter(2, ind.code())
                  .setParameter(3, dimension)
                  .setParameter(4, java.sql.Date.valueOf(from))
                  .setParameter(5, java.sql.Date.valueOf(to));
      case LAST ->
          q =
              em.createNativeQuery(
                      "SELECT "
                          + per
                          + ", f.DIM_KEY, f.VALUE_NUM FROM KPI_FACT f WHERE"
                          + range
                          + " AND f.FACT_DATE = (SELECT MAX(g.FACT_DATE) FROM KPI_FACT g WHERE"
                          + " g.INDICATOR = f.INDICATOR AND g.DIMENSION = f.DIMENSION AND"
                          + " g.FACT_DATE BETWEEN ? AND ?"
                          + (byMonth
                              ? " AND YEAR(g.FACT_DATE) = YEAR(f.FACT_DATE) AND MONTH(g.FACT_DATE)"
                                  + " = MONTH(f.FACT_DATE)"
                              : "")
                          + ") ORDER BY 1, 2")
                  .setParameter(1, ind.code())
                  .setParameter(2, dimension)
                  .setParameter(3, java.sql.Date.valueOf(from))
                  .setParameter(4, java.sql.Date.valueOf(to))
                  .setParameter(5, java.sql.Date.valueOf(from))
                  .setParameter(6, java.sql.Date.valueOf(to));
      default -> {
        return List.of();
      }
    }
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r -> {
              int p = ((Number) r[0]).intValue();
              LocalDate period = p == 0 ? from : LocalDate.of(p / 100, p % 100, 1);
              return new KpiValue(period, String.valueOf(r[1]), decimal(r[2]));
            })
        .toList();
  }

  private static BigDecimal decimal(Object o) {
    BigDecimal b = o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    return b.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** How many days of [from, to] have facts computed at or after {@code sinceMillis}. */
  public long daysComputedSince(LocalDate from, LocalDate to, long sinceMillis) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT FACT_DATE) FROM KPI_FACT WHERE FACT_DATE BETWEEN ? AND ?"
                        + " AND INDICATOR = 'kpi.personas' AND DIMENSION = 'TOTAL'"
                        + " AND COMPUTED_AT_MS >= ?")
                .setParameter(1, java.sql.Date.valueOf(from))
                .setParameter(2, java.sql.Date.valueOf(to))
                .setParameter(3, sinceMillis)
                .getSingleResult())
        .longValue();
  }

  /** The first and last day with facts of any indicator (null when none). */
  public LocalDate[] span() {
    Object[] r =
        (Object[])
            em.createNativeQuery("SELECT MIN(FACT_DATE), MAX(FACT_DATE) FROM KPI_FACT")
                .getSingleResult();
    if (r[0] == null) {
      return null;
    }
    return new LocalDate[] {date(r[0]), date(r[1])};
  }

  private static LocalDate date(Object o) {
    return o instanceof java.sql.Date d
        ? d.toLocalDate()
        : LocalDate.parse(o.toString().substring(0, 10));
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
