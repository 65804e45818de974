package mx.gob.veracruz.common;

/** Where a {@link KpiContributor} writes a day's facts. */
public interface KpiSink {
  /** The key of the {@code TOTAL} dimension. */
  String TOTAL_KEY = "-";

  /**
   * Stores, for the day, one fact per row of {@code groupedSelect}: a query with two columns, the
   * dimension's key {@code K} (never null; {@value #TOTAL_KEY} for {@code TOTAL}) and the value
   * {@code V}, usually {@code … GROUP BY}. It runs in the database as {@code INSERT INTO KPI_FACT …
   * SELECT … FROM (groupedSelect)}; {@code params} are its positional parameters.
   */
  void insert(String indicator, String dimension, String groupedSelect, Object... params);

  /**
   * A module's people of a day: {@code select} has one column {@code P} (see {@link
   * KpiContributor#people}), {@code params} its positional parameters.
   */
  record People(String select, Object... params) {}
}
