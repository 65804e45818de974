package mx.gob.veracruz.predial.web;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.veracruz.common.JobControl;
import mx.gob.veracruz.common.JobExecutionSummary;
import mx.gob.veracruz.predial.ReconciliationFacade;

/**
 * The "Avance" and "Historial" panels of the reconciliation page: the job's recent executions and
 * one execution (started, restarted, or the last one when the page opened) followed while it runs.
 * The bar is lines with an outcome over declared lines (trailers of the accepted files); the ETA
 * counts both passes over the lines (load, then match) and the rate since following began.
 */
public class ReconciliationProgress implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String JOB = "predial-payment-reconciliation";
  private static final Set<BatchStatus> RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
  private static final Set<BatchStatus> RESTARTABLE =
      EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  private List<JobExecutionSummary> history = List.of();
  private JobExecutionSummary execution;
  private LocalDate businessDate;
  private long declared;
  private long loaded;
  private long classified;
  private long applied;
  private long exceptions;
  private long baselineWork = -1;
  private long baselineMillis;
  private Duration eta;

  /** Reads the history and follows its last execution, counting the lines of {@code date}. */
  void open(JobControl jobs, ReconciliationFacade facade, LocalDate date) {
    readHistory(jobs);
    if (!history.isEmpty()) {
      follow(history.get(0), date);
      refresh(jobs, facade);
    }
  }

  /** Starts the job for the files of {@code date} in the landing folder; the new execution's id. */
  long start(JobControl jobs, ReconciliationFacade facade, LocalDate date) {
    long id = jobs.start(mx.gob.veracruz.predial.ReconciliationJob.of(date));
    follow(jobs.execution(id), date);
    refresh(jobs, facade);
    readHistory(jobs);
    return id;
  }

  /** False when the execution ended meanwhile (JobExecutionNotRunningException). */
  boolean stop(JobControl jobs) {
    try {
      jobs.stop(execution.executionId());
      return true;
    } catch (EJBException e) {
      return false;
    }
  }

  /**
   * From the last checkpoint, with the original parameters; null when the runtime refuses
   * (JobRestartException).
   */
  Long restart(JobControl jobs) {
    try {
      long id = jobs.restart(execution.executionId(), Map.of());
      follow(jobs.execution(id), businessDate);
      readHistory(jobs);
      return id;
    } catch (EJBException e) {
      return null;
    }
  }

  private void readHistory(JobControl jobs) {
    history =
        jobs.recent(JOB, 20).stream()
            .sorted(Comparator.comparingLong(JobExecutionSummary::executionId).reversed())
            .limit(20)
            .toList();
  }

  /**
   * Follows {@code e} (started, restarted or found on opening the page) for the lines of {@code
   * date}.
   */
  void follow(JobExecutionSummary e, LocalDate date) {
    execution = e;
    businessDate = date;
    baselineWork = -1;
    eta = null;
  }

  /**
   * Reads the execution and the counts again (the history only when the status changed: it costs a
   * query per execution); true when the execution has just stopped running.
   */
  boolean refresh(JobControl jobs, ReconciliationFacade facade) {
    if (execution == null) {
      return false;
    }
    boolean wasRunning = isRunning();
    BatchStatus before = execution.batchStatus();
    execution = jobs.execution(execution.executionId());
    if (before != execution.batchStatus()) {
      readHistory(jobs);
    }
    long[] p = facade.progress(execution.instanceId());
    declared = p[0];
    loaded = p[1];
    classified = p[2];
    if (businessDate != null) {
      applied =
          facade.countLines(businessDate, null, "APLICADO")
              + facade.countLines(businessDate, null, "CONFIRMADO");
      exceptions = facade.countOpenExceptions(businessDate);
    }
    estimate(loaded + classified, 2 * declared);
    return wasRunning && !isRunning();
  }

  private void estimate(long work, long total) {
    long now = System.currentTimeMillis();
    if (!isRunning()) {
      eta = null;
    } else if (baselineWork < 0) {
      baselineWork = work;
      baselineMillis = now;
    } else if (work > baselineWork && now > baselineMillis) {
      double perMilli = (double) (work - baselineWork) / (now - baselineMillis);
      eta = Duration.ofMillis((long) (Math.max(0, total - work) / perMilli));
    }
  }

  public boolean isFollowing() {
    return execution != null;
  }

  public boolean isRunning() {
    return execution != null && RUNNING.contains(execution.batchStatus());
  }

  public boolean isStoppable() {
    return isRunning() && execution.batchStatus() != BatchStatus.STOPPING;
  }

  public boolean isRestartable() {
    return execution != null && RESTARTABLE.contains(execution.batchStatus());
  }

  public int getPercent() {
    return declared == 0 ? 0 : (int) Math.min(100, classified * 100 / declared);
  }

  public String getEta() {
    return eta == null ? null : format(eta);
  }

  public String getElapsed() {
    if (execution == null || execution.start() == null) {
      return null;
    }
    return format(
        Duration.between(
            execution.start(), execution.end() == null ? Instant.now() : execution.end()));
  }

  /** {@code 1 h 05 min}, {@code 3 min 20 s}, {@code 12 s}. */
  static String format(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 3600) {
      return String.format("%d h %02d min", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
  }

  public List<JobExecutionSummary> getHistory() {
    return history;
  }

  public JobExecutionSummary getExecution() {
    return execution;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public long getDeclared() {
    return declared;
  }

  public long getLoaded() {
    return loaded;
  }

  public long getClassified() {
    return classified;
  }

  public long getApplied() {
    return applied;
  }

  public long getExceptions() {
    return exceptions;
  }
}
