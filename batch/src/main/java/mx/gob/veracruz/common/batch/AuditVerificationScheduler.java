package mx.gob.veracruz.common.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.SchedulerLeaseFacade;

/**
 * Starts the nightly audit-chain check at 02:30 Veracruz time. Non-persistent timers fire on every
 * instance of a deployment group; the database lease lets exactly one of them start the job, and
 * none starts while an execution is still running.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditVerificationScheduler {
  static final String JOB = "common-audit-verification";
  private static final Logger LOG = Logger.getLogger(AuditVerificationScheduler.class.getName());

  @Inject private SchedulerLeaseFacade leases;
  @Inject private CityClock clock;

  @Schedule(hour = "2", minute = "30", timezone = CityClock.ZONE_ID, persistent = false)
  void nightly() {
    String me = SchedulerLeaseFacade.instanceId();
    if (!leases.tryAcquire(JOB, me, Duration.ofHours(1))) {
      LOG.fine(() -> JOB + ": otra instancia tiene el turno");
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
