package mx.gob.veracruz.common.batch;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import mx.gob.veracruz.common.BusinessRuleException;
import mx.gob.veracruz.common.JobCatalog;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;
import mx.gob.veracruz.common.JobRequest;
import mx.gob.veracruz.common.Roles;

/** The batch module's side of {@link JobControl}: jobs start here, so they are queried here. */
@Stateless
@Local({JobControl.class, ScheduledJobs.class})
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
public class JobControlBean implements JobControl, ScheduledJobs {
  @Resource private SessionContext ctx;
  @Inject private JobCatalog catalog;

  @Override
  public long start(JobRequest request) {
    authorize(request.jobName());
    return operator().start(request.jobName(), properties(request.parameters()));
  }

  @Override
  public long start(String jobName, Map<String, String> parameters) {
    authorize(jobName); // before parsing: a role that may not run the job learns nothing of its
    // parameters
    return start(catalog.parse(jobName, parameters));
  }

  @Override
  public long restart(long executionId, Map<String, String> overrides) {
    String job = operator().getJobExecution(executionId).getJobName();
    authorize(job);
    // Restart parameters replace the originals (Jakarta Batch): keep the originals, apply the
    // allowed overrides.
    Properties merged = new Properties();
    Properties original = operator().getParameters(executionId);
    if (original != null) {
      merged.putAll(original);
    }
    merged.putAll(properties(catalog.restartOverrides(job, overrides)));
    return operator().restart(executionId, merged);
  }

  @Override
  public void stop(long executionId) {
    authorize(operator().getJobExecution(executionId).getJobName());
    operator().stop(executionId);
  }

  @Override
  public boolean mayRun(String jobName) {
    return catalog.roles(jobName).stream().anyMatch(ctx::isCallerInRole);
  }

  /** The schedulers' start: no caller role (a timer has none), the job's own parameter checks. */
  @Override
  @jakarta.annotation.security.PermitAll
  public long startScheduled(String jobName, Map<String, String> parameters) {
    JobRequest request = catalog.parse(jobName, parameters);
    return operator().start(request.jobName(), properties(request.parameters()));
  }

  @Override
  @jakarta.annotation.security.PermitAll
  public boolean isRunning(String jobName) {
    JobOperator op = operator();
    return op.getJobNames().contains(jobName) && !op.getRunningExecutions(jobName).isEmpty();
  }

  @Override
  public List<JobExecutionSummary> all(int first, int max) {
    List<JobExecution> executions = allExecutions();
    return executions.stream()
        .skip(Math.max(0, first))
        .limit(Math.max(0, max))
        .map(this::summary)
        .toList();
  }

  @Override
  public long countAll() {
    return allExecutions().size();
  }

  /** Every execution of every job the repository knows, newest first (job histories are short). */
  private static List<JobExecution> allExecutions() {
    JobOperator op = operator();
    List<JobExecution> out = new ArrayList<>();
    for (String name : op.getJobNames()) {
      for (var instance : op.getJobInstances(name, 0, Math.max(1, op.getJobInstanceCount(name)))) {
        out.addAll(op.getJobExecutions(instance));
      }
    }
    out.sort(java.util.Comparator.comparingLong(JobExecution::getExecutionId).reversed());
    return out;
  }

  private void authorize(String jobName) {
    if (!mayRun(jobName)) {
      throw new BusinessRuleException(
          "sin-permiso", "job", "Su rol no permite iniciar, reiniciar ni detener " + jobName);
    }
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

  private JobExecutionSummary summary(JobExecution e) {
    long[] progress = null;
    if (e.getBatchStatus() == BatchStatus.STARTED || e.getBatchStatus() == BatchStatus.STARTING) {
      progress =
          catalog.progress(
              e.getJobName(),
              operator().getParameters(e.getExecutionId()),
              instant(e.getStartTime()));
    }
    return new JobExecutionSummary(
        e.getExecutionId(),
        operatorInstance(e),
        e.getJobName(),
        e.getBatchStatus(),
        e.getExitStatus(),
        instant(e.getStartTime()),
        instant(e.getEndTime()),
        progress == null ? 0 : progress[0],
        progress == null ? 0 : progress[1]);
  }

  private static long operatorInstance(JobExecution e) {
    return operator().getJobInstance(e.getExecutionId()).getInstanceId();
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }
}
