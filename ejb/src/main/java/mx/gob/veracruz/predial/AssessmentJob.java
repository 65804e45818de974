package mx.gob.veracruz.predial;

import java.util.Map;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobRequest;

/**
 * The yearly assessment of every predio for a fiscal year (idempotent upsert by predio and year).
 */
public record AssessmentJob(int fiscalYear, int chunkSize, JobHooks hooks) implements JobRequest {
  public static final String NAME = "predial-assessment";

  public AssessmentJob {
    hooks = hooks == null ? JobHooks.NONE : hooks;
  }

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return hooks.addTo(
        Map.of("fiscalYear", String.valueOf(fiscalYear), "chunkSize", String.valueOf(chunkSize)));
  }
}
