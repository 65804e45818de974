package mx.gob.veracruz.common;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.Instant;

/** What a console shows of one job execution; JSON-B writes the status as its name, as before. */
public record JobExecutionSummary(
    long executionId,
    long instanceId,
    String jobName,
    BatchStatus batchStatus,
    String exitStatus,
    Instant start,
    Instant end,
    long done,
    long total)
    implements Serializable {

  /**
   * How far a job over a range of days is (items read of {@code total}, days for the indicators
   * job); {@code total} is 0 when the job does not know its size in advance.
   */
  public Integer percent() {
    return total <= 0 ? null : (int) Math.min(100, done * 100 / total);
  }
}
