package mx.gob.veracruz.becas;

import java.util.Map;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobRequest;

/** Writes the payment orders of a prepared dispersion and its bank file. */
public record DispersionJob(String dispersionFolio, int chunkSize, JobHooks hooks)
    implements JobRequest {
  public static final String NAME = "becas-dispersion";

  public DispersionJob {
    hooks = hooks == null ? JobHooks.NONE : hooks;
  }

  public DispersionJob(String dispersionFolio) {
    this(dispersionFolio, 500, JobHooks.NONE);
  }

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return hooks.addTo(
        Map.of("dispersion", dispersionFolio, "chunkSize", String.valueOf(chunkSize)));
  }
}
