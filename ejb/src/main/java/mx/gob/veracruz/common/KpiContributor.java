package mx.gob.veracruz.common;

import java.util.List;

/**
 * A module's part of the nightly indicators ({@code kpi-daily-aggregation}). One CDI bean per
 * module; the job finds them all, so a new module adds a class (and, if it needs one, a migration),
 * never an edit of the job. {@link #contribute} runs inside the job's chunk transaction after the
 * day's earlier facts were deleted: it must write the whole day, with set-based SQL through the
 * {@link KpiSink} (an {@code INSERT … SELECT … GROUP BY} per indicator and dimension), never by
 * loading rows into entities.
 *
 * <p>Sealed modules (PAVG) contribute only counts: the observatory suppresses small cells of every
 * count indicator, and the dashboards show only what the staff role may see.
 */
public interface KpiContributor {
  /** The indicators the module writes, with their definitions (shown to staff and the public). */
  List<KpiIndicator> indicators();

  /**
   * Once per job execution, before the first day, in its own transaction: refresh what the module's
   * queries read besides its tables (the SIRC working-time ledger). Default: nothing.
   */
  default void prepare() {}

  /** Writes the module's facts of one city day. */
  void contribute(KpiDay day, KpiSink sink);

  /**
   * The people the module served on the day, for the cross-module "personas atendidas": a query
   * with one column {@code P}, a person's key ({@code CURP:…}, {@code MAIL:…}, {@code TEL:…} or a
   * module's own account key), one row per contact (duplicates are removed across modules by the
   * job). Default: none.
   */
  default List<KpiSink.People> people(KpiDay day) {
    return List.of();
  }
}
