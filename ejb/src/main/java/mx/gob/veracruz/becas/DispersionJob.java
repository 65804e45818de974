package mx.gob.veracruz.becas;

import java.util.Map;
import mx.gob.veracruz.common.JobRequest;

/** Writes the payment orders of a prepared dispersion and its bank file. */
public record DispersionJob(String dispersionFolio) implements JobRequest {
  public static final String NAME = "becas-dispersion";

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("dispersion", dispersionFolio);
  }
}
