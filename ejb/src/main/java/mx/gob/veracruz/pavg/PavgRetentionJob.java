package mx.gob.veracruz.pavg;

import java.time.LocalDate;
import java.util.Map;
import mx.gob.veracruz.common.JobRequest;

/**
 * Purges what has passed its retention period on {@code businessDate} (always today: a purge is
 * never run for a future date): closed cases, finished ARCO requests and old break-glass records.
 */
public record PavgRetentionJob(LocalDate businessDate) implements JobRequest {
  public static final String NAME = "pavg-retention";

  @Override
  public String jobName() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("businessDate", businessDate.toString());
  }
}
