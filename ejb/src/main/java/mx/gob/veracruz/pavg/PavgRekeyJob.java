package mx.gob.veracruz.pavg;

import java.util.Map;
import mx.gob.veracruz.common.JobHooks;
import mx.gob.veracruz.common.JobRequest;

/**
 * Re-seals every PAVG row not sealed with the current key ({@code ciudad.pavg.llave-actual}), in
 * chunks; restartable, and a rerun after it finished changes nothing.
 */
public record PavgRekeyJob(int chunkSize, JobHooks hooks) implements JobRequest {
  public static final String NAME = "pavg-key-rotation";

  public PavgRekeyJob {
    hooks = hooks == null ? JobHooks.NONE : hooks;
  }

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return hooks.addTo(Map.of("chunkSize", String.valueOf(chunkSize)));
  }
}
