package mx.gob.veracruz.predial.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.SchedulerLeaseFacade;
import mx.gob.veracruz.predial.ReconciliationFacade;

/**
 * Starts the nightly reconciliation at the configured time ({@code ciudad.predial.conciliacion.hora},
 * default 03:30 Veracruz time) for the previous business date. The timer is non-persistent and
 * fires on every instance of a deployment group: the database lease lets one start the job, and
 * none starts while an execution is still running.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReconciliationScheduler {
  static final String JOB = "predial-payment-reconciliation";
  private static final Logger LOG = Logger.getLogger(ReconciliationScheduler.class.getName());

  @Resource private TimerService timers;
  @Inject private SchedulerLeaseFacade leases;
  @Inject private ReconciliationFacade reconciliation;
  @Inject private CityClock clock;

  @PostConstruct
  void schedule() {
    String[] hm = reconciliation.nightlyTime().split(":");
    timers.createCalendarTimer(new ScheduleExpression().hour(hm[0]).minute(hm[1]).timezone(CityClock.ZONE_ID),
        new TimerConfig(JOB, false));
    LOG.info(() -> JOB + " programado a las " + String.join(":", hm) + " (" + CityClock.ZONE_ID + ")");
  }

  @Timeout
  void nightly() {
    String me = SchedulerLeaseFacade.instanceId();
    if (!leases.tryAcquire(JOB, me, Duration.ofHours(1))) {
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    if (operator.getJobNames().contains(JOB) && !operator.getRunningExecutions(JOB).isEmpty()) {
      LOG.info(() -> JOB + ": hay una ejecución en curso; no se inicia otra");
      return;
    }
    Properties p = new Properties();
    p.setProperty("businessDate", clock.today().minusDays(1).toString());
    long id = operator.start(JOB, p);
    LOG.info(() -> JOB + " iniciado (ejecución " + id + ") en " + me);
  }
}
