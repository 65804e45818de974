package mx.gob.veracruz.common;

import java.util.List;

/**
 * A module's part of the nightly indicators ({@code kpi-daily-aggregation}). One CDI bean per
 * module; the job finds them all, so a new module adds a class (and, if it needs one, a migration),
 * never an edit of the job. {@link #contribute} runs inside the job's chunk transaction after the
 * day's earlier facts were deleted: it must write the whole day, with set-based SQL through the
 * {@link KpiSink} (an {@code INSERT … SELECT … GROUP BY} per indicator and dimension), never by
 * loading rows into entities.
 */
public interface KpiContributor {
  /** The indicators the module writes, with their definitions (shown to staff and the public). */
  List<KpiIndicator> indicators();

  /** Writes the module's facts of one city day. */
  void contribute(KpiDay day, KpiSink sink);
}
