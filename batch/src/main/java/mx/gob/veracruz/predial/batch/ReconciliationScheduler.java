package mx.gob.veracruz.predial.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.batch.OneInstanceJobScheduler;
import mx.gob.veracruz.predial.ReconciliationBatchFacade;

/**
 * Starts the nightly reconciliation at the configured time ({@code
 * ciudad.predial.conciliacion.hora}, default 03:30 Veracruz time) for the previous business date.
 * The timer is non-persistent and fires on every instance of a deployment group; {@link
 * OneInstanceJobScheduler} lets one start the job. The time is configurable, so the timer is
 * created here rather than by {@code @Schedule}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReconciliationScheduler extends OneInstanceJobScheduler {
  static final String JOB = "predial-payment-reconciliation";
  private static final Logger LOG = Logger.getLogger(ReconciliationScheduler.class.getName());

  @Resource private TimerService timers;
  @Inject private ReconciliationBatchFacade reconciliation;

  @PostConstruct
  void schedule() {
    String[] hm = reconciliation.nightlyTime().split(":");
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hm[0]).minute(hm[1]).timezone(CityClock.ZONE_ID),
        new TimerConfig(JOB, false));
    LOG.info(
        () -> JOB + " programado a las " + String.join(":", hm) + " (" + CityClock.ZONE_ID + ")");
  }

  @Override
  protected String job() {
    return JOB;
  }

  @Timeout
  void nightly() {
    startOnOneInstance();
  }
}
