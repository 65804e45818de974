package mx.gob.veracruz.common;

import java.util.Map;

/**
 * A typed request to start one job, declared by the job's domain (for instance {@code
 * predial.ReconciliationJob(LocalDate businessDate, List<String> landedFiles, …)}). Jakarta Batch
 * takes strings: {@link #parameters()} is the one place they are written.
 */
public interface JobRequest {
  String jobName();

  Map<String, String> parameters();
}
