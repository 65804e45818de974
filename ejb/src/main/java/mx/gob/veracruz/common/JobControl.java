package mx.gob.veracruz.common;

import java.util.List;
import java.util.Map;

/**
 * Starts and follows batch jobs. Declared here, implemented in the batch module, so the web module
 * never names a job XML and the job repository is always queried from the module that started the
 * job (JBatch refuses other modules). Starting, restarting and stopping a job need one of the roles
 * its {@link JobDefinition} names; reading executions needs a staff role that sees jobs.
 */
public interface JobControl {
  /** Starts a typed request (consoles). */
  long start(JobRequest request);

  /**
   * Starts a job from the API's string parameters, read by the job's definition (422 on bad ones).
   */
  long start(String jobName, Map<String, String> parameters);

  /**
   * Restarts from the last checkpoint; only the parameters the job declares restartable may change.
   */
  long restart(long executionId, Map<String, String> overrides);

  void stop(long executionId);

  JobExecutionSummary execution(long executionId);

  List<JobExecutionSummary> recent(String jobName, int max);

  /** Executions of every job, newest first, paged. */
  List<JobExecutionSummary> all(int first, int max);

  long countAll();

  /** Whether the caller may start, restart and stop this job. */
  boolean mayRun(String jobName);
}
