package mx.gob.veracruz.common.batch;

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

  /**
   * Jobs start through the console's own bean: JBatch tags an execution with the component that
   * started it and shows it only to that component (Payara's GlassFishBatchSecurityHelper), so a
   * job the timer started itself never appeared on the jobs page. {@link ScheduledJobs} is that
   * bean's view for timers (no caller role), visible only inside the batch module.
   */
  @jakarta.ejb.EJB private ScheduledJobs jobs;

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
    if (jobs.isRunning(job)) {
      log.info(() -> job + ": hay una ejecución en curso; no se inicia otra");
      return;
    }
    java.util.Map<String, String> params = new java.util.HashMap<>();
    parameters().forEach((k, v) -> params.put((String) k, (String) v));
    long id = jobs.startScheduled(job, params);
    log.info(() -> job + " iniciado (ejecución " + id + ") en " + me);
  }
}
