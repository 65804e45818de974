package mx.gob.veracruz.kpi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobRequest;

/**
 * The nightly indicators for the city days {@code from} to {@code to} (one day by default:
 * yesterday; a range is a backfill). Re-running a day replaces its facts exactly.
 */
public record KpiJob(LocalDate from, LocalDate to, JobHooks hooks) implements JobRequest {
  public static final String NAME = "kpi-daily-aggregation";

  /** The longest backfill one execution takes (three years and a bit). */
  public static final int MAX_DAYS = 1200;

  public KpiJob {
    hooks = hooks == null ? JobHooks.NONE : hooks;
  }

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> p = new HashMap<>();
    p.put("businessDate", to.toString());
    p.put("fromDate", from.toString());
    return hooks.addTo(p);
  }
}
