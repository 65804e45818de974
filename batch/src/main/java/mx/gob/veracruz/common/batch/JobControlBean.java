package mx.gob.veracruz.common.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;
import mx.gob.veracruz.common.Roles;

/** The batch module's side of {@link JobControl}: jobs start here, so they are queried here. */
@Stateless
@Local(JobControl.class)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
public class JobControlBean implements JobControl {

  @Override
  public long start(String jobName, Map<String, String> parameters) {
    try {
      return operator().start(jobName, properties(parameters));
    } catch (jakarta.batch.operations.JobStartException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof java.io.FileNotFoundException) {
          throw new mx.gob.veracruz.common.BusinessRuleException("trabajo-no-encontrado", "job",
              "No existe el trabajo " + jobName);
        }
      }
      throw e;
    }
  }

  @Override
  public long restart(long executionId, Map<String, String> parameters) {
    // Restart parameters replace the originals (Jakarta Batch): keep the originals, apply overrides.
    Properties merged = new Properties();
    Properties original = operator().getParameters(executionId);
    if (original != null) {
      merged.putAll(original);
    }
    merged.putAll(properties(parameters));
    return operator().restart(executionId, merged);
  }

  @Override
  public void stop(long executionId) {
    operator().stop(executionId);
  }

  @Override
  public JobExecutionSummary execution(long executionId) {
    return summary(operator().getJobExecution(executionId));
  }

  @Override
  public List<JobExecutionSummary> recent(String jobName, int max) {
    JobOperator op = operator();
    List<JobExecutionSummary> out = new ArrayList<>();
    if (!op.getJobNames().contains(jobName)) {
      return out;
    }
    for (var instance : op.getJobInstances(jobName, 0, max)) {
      for (JobExecution e : op.getJobExecutions(instance)) {
        out.add(summary(e));
      }
    }
    return out;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  private static Properties properties(Map<String, String> parameters) {
    Properties p = new Properties();
    if (parameters != null) {
      p.putAll(parameters);
    }
    return p;
  }

  private static JobExecutionSummary summary(JobExecution e) {
    return new JobExecutionSummary(e.getExecutionId(), operatorInstance(e), e.getJobName(),
        String.valueOf(e.getBatchStatus()), e.getExitStatus(), instant(e.getStartTime()),
        instant(e.getEndTime()));
  }

  private static long operatorInstance(JobExecution e) {
    return operator().getJobInstance(e.getExecutionId()).getInstanceId();
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
