package mx.gob.veracruz.common.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.JobRecoveryFacade;
import mx.gob.veracruz.common.SchedulerLeaseFacade;

/**
 * Detects executions a crash left STARTED and marks them FAILED, so the console offers their
 * restart and the nightly scheduler is no longer blocked by them. Runs a few seconds after start-up
 * (before any schedule can fire) and then every minute, on every instance (idempotent). An
 * execution is dead when its heartbeat says it belonged to this instance before it (re)started,
 * when it is of this boot but its job thread has ended without recording the end (the database was
 * down) and silent for {@link #ORPHAN}, or when its owner has been silent for {@link #SILENCE}; one
 * without any heartbeat when it is older than {@link #NO_HEARTBEAT}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StaleExecutionRecovery {
  /** This boot of the application on this instance (the heartbeats carry it). */
  static final String BOOT_ID = UUID.randomUUID().toString();

  static final Duration SILENCE = Duration.ofMinutes(10);
  static final Duration NO_HEARTBEAT = Duration.ofMinutes(2);

  /**
   * Grace before an execution of this boot whose thread ended without a final status is called
   * dead.
   */
  static final Duration ORPHAN = Duration.ofMinutes(1);

  private static final String STATUS_CLASS = "com.ibm.jbatch.container.status.JobStatus";
  private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());

  @Resource private TimerService timers;
  @Inject private JobRecoveryFacade recovery;
  @Inject private JBatchTables tables;
  private volatile boolean startupDone;

  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(3_000, new TimerConfig("recuperacion-arranque", false));
    timers.createIntervalTimer(
        Duration.ofMinutes(1).toMillis(),
        Duration.ofMinutes(1).toMillis(),
        new TimerConfig("recuperacion-periodica", false));
  }

  @Timeout
  void run(Timer timer) {
    try {
      boolean atStartup = !startupDone;
      int n = recover(atStartup);
      startupDone = true;
      if (n > 0) {
        LOG.warning(
            n + " ejecución(es) interrumpida(s) marcada(s) FAILED; reinícielas desde la consola");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No se pudieron revisar las ejecuciones interrumpidas", e);
    }
  }

  /** Marks dead executions FAILED; returns how many. */
  public int recover(boolean atStartup) {
    JobOperator operator = BatchRuntime.getJobOperator();
    String me = SchedulerLeaseFacade.instanceId();
    int recovered = 0;
    int examined = 0;
    for (JBatchTables.Unfinished u : tables.unfinished()) {
      examined++;
      long id = u.executionId();
      String reason = deathOf(id, me);
      if (reason != null
          && recovery.markFailed(
              id, u.jobName() + ": " + reason, tables.repairWith(statusClassLoader(operator)))) {
        recovered++;
        LOG.warning(
            () ->
                "Ejecución "
                    + id
                    + " de "
                    + u.jobName()
                    + " interrumpida ("
                    + reason
                    + "): marcada FAILED");
      }
    }
    if (atStartup || recovered > 0) {
      int e = examined;
      int r = recovered;
      LOG.info(
          () ->
              "Revisión de ejecuciones interrumpidas ("
                  + me
                  + ", arranque "
                  + BOOT_ID
                  + "): "
                  + e
                  + " en curso, "
                  + r
                  + " marcada(s) FAILED");
    }
    return recovered;
  }

  private String deathOf(long executionId, String me) {
    Optional<JobRecoveryFacade.Heartbeat> beat = recovery.heartbeat(executionId);
    Optional<Duration> age = beat.isPresent() ? Optional.empty() : tables.age(executionId);
    Verdict v = verdict(beat, age, me, BOOT_ID, ExecutionHeartbeat.LIVE.contains(executionId));
    if (v == null) {
      LOG.fine(() -> "Ejecución " + executionId + " viva: " + beat);
      return null;
    }
    return v.reason();
  }

  /**
   * Why an unfinished execution is dead, or null when it may still be running. {@code beat} is its
   * heartbeat, {@code age} its age when it has none, {@code me} and {@code bootId} this instance
   * and boot, {@code live} whether its job thread runs in this JVM.
   */
  static Verdict verdict(
      Optional<JobRecoveryFacade.Heartbeat> beat,
      Optional<Duration> age,
      String me,
      String bootId,
      boolean live) {
    if (beat.isPresent()) {
      JobRecoveryFacade.Heartbeat b = beat.get();
      boolean mine = b.instanceId().equals(me);
      if (mine && !b.bootId().equals(bootId)) {
        return new Verdict(
            Death.EARLIER_BOOT,
            "la instancia "
                + me
                + " se detuvo durante la ejecución (último latido "
                + b.beatAt()
                + ")");
      }
      if (mine && !live && b.silence().compareTo(ORPHAN) > 0) {
        // e.g. the database went away: the job thread ended but could not record its end
        return new Verdict(
            Death.THREAD_ENDED,
            "su hilo terminó en "
                + me
                + " sin registrar el final (último latido "
                + b.beatAt()
                + ")");
      }
      if (b.silence().compareTo(SILENCE) > 0) {
        return new Verdict(
            Death.SILENT,
            "sin latido de " + b.instanceId() + " desde hace " + b.silence().toMinutes() + " min");
      }
      return null;
    }
    return age.isPresent() && age.get().compareTo(NO_HEARTBEAT) > 0
        ? new Verdict(
            Death.NO_HEARTBEAT,
            "sin latido registrado; creada hace " + age.get().toMinutes() + " min")
        : null;
  }

  /** Why an execution is dead. */
  enum Death {
    EARLIER_BOOT,
    THREAD_ENDED,
    SILENT,
    NO_HEARTBEAT
  }

  /**
   * The cause (what tests and logic compare) and the operator's explanation (Spanish, for the log
   * and exit status).
   */
  record Verdict(Death cause, String reason) {}

  /** A loader that sees the batch runtime's status classes (not exported to applications). */
  private static ClassLoader statusClassLoader(JobOperator operator) {
    for (ClassLoader candidate :
        new ClassLoader[] {
          operator.getClass().getClassLoader(),
          BatchRuntime.class.getClassLoader(),
          Thread.currentThread().getContextClassLoader()
        }) {
      try {
        if (candidate != null) {
          Class.forName(STATUS_CLASS, false, candidate);
          return candidate;
        }
      } catch (ClassNotFoundException e) {
        // try the next one
      }
    }
    throw new IllegalStateException("El runtime de Jakarta Batch no expone " + STATUS_CLASS);
  }
}
