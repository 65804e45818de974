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
    Instant end)
    implements Serializable {}
