package mx.gob.veracruz.common;

import java.io.Serializable;
import java.time.Instant;

/** What a console shows of one job execution. */
public record JobExecutionSummary(
    long executionId,
    long instanceId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant start,
    Instant end)
    implements Serializable {}
