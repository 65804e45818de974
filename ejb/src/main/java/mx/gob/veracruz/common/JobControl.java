package mx.gob.veracruz.common;

import java.util.List;
import java.util.Map;

/**
 * Starts and follows batch jobs. Declared here, implemented in the batch module, so the web
 * module never names a job XML and the job repository is always queried from the module that
 * started the job (JBatch refuses other modules).
 */
public interface JobControl {
  long start(String jobName, Map<String, String> parameters);

  long restart(long executionId, Map<String, String> parameters);

  void stop(long executionId);

  JobExecutionSummary execution(long executionId);

  List<JobExecutionSummary> recent(String jobName, int max);
}
