package mx.gob.veracruz.common.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.SchedulerLeaseFacade;

/**
 * Base of the nightly job schedulers. Their non-persistent timers fire on every instance of a
 * deployment group; the database lease lets exactly one instance start the job, and none starts
 * while an execution of it is still running. Subclasses are {@code @Singleton}s with bean-managed
 * transactions (the job runs its own) and only declare the timer and the job.
 */
public abstract class OneInstanceJobScheduler {
  /** Long enough that skewed timers of other instances find it taken, short enough for a retry. */
  static final Duration LEASE = Duration.ofHours(1);

  @Inject private SchedulerLeaseFacade leases;
  @Inject private CityClock clock;

  /** The job XML's id, also the lease's name. */
  protected abstract String job();

  /**
   * Nightly jobs process the city's previous day (STYLE.md 8: a restart reprocesses the same day).
   */
  protected Properties parameters() {
    Properties p = new Properties();
    p.setProperty("businessDate", clock.today().minusDays(1).toString());
    return p;
  }

  /**
   * Called by the subclass's timer: starts the job here if this instance wins the lease. Not final:
   * the container proxies EJB classes by subclassing.
   */
  protected void startOnOneInstance() {
    Logger log = Logger.getLogger(getClass().getName());
    String job = job();
    String me = SchedulerLeaseFacade.instanceId();
    if (!leases.tryAcquire(job, me, LEASE)) {
      log.fine(() -> job + ": otra instancia tiene el turno");
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    if (operator.getJobNames().contains(job) && !operator.getRunningExecutions(job).isEmpty()) {
      log.info(() -> job + ": hay una ejecución en curso; no se inicia otra");
      return;
    }
    long id = operator.start(job, parameters());
    log.info(() -> job + " iniciado (ejecución " + id + ") en " + me);
  }
}
