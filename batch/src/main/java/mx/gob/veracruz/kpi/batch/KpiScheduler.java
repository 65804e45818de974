package mx.gob.veracruz.kpi.batch;

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
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.batch.OneInstanceJobScheduler;
import mx.gob.veracruz.kpi.KpiJob;

/**
 * Starts {@code kpi-daily-aggregation} for yesterday every night at {@code ciudad.kpi.hora}
 * (default 04:30 Veracruz time: after the 03:30 reconciliation, so the day's bank lines count), on
 * one instance of a deployment group (the lease of {@link OneInstanceJobScheduler}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class KpiScheduler extends OneInstanceJobScheduler {
  private static final Logger LOG = Logger.getLogger(KpiScheduler.class.getName());

  @Resource private TimerService timers;
  @jakarta.inject.Inject private mx.gob.veracruz.kpi.KpiFacade kpi;

  @PostConstruct
  void schedule() {
    String time = kpi.nightlyTime();
    String[] hm = time.split(":");
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hm[0]).minute(hm[1]).timezone(CityClock.ZONE_ID),
        new TimerConfig(KpiJob.NAME, false));
    LOG.info(() -> KpiJob.NAME + " programado a las " + time + " (" + CityClock.ZONE_ID + ")");
    if (kpi.backfillDays() > 0) {
      // The demo run's first start: once the demo data has loaded, compute its past days so the
      // dashboards and the observatory have figures (only while no fact exists yet).
      timers.createSingleActionTimer(120_000L, new TimerConfig(BACKFILL, false));
    }
  }

  private static final String BACKFILL = "kpi-backfill";
  private boolean backfill;

  @Override
  protected java.util.Properties parameters() {
    java.util.Properties p = super.parameters();
    if (backfill) {
      java.time.LocalDate last = java.time.LocalDate.parse(p.getProperty("businessDate"));
      p.setProperty("fromDate", last.minusDays(kpi.backfillDays() - 1L).toString());
    }
    return p;
  }

  @Override
  protected String job() {
    return KpiJob.NAME;
  }

  @Timeout
  void fire(jakarta.ejb.Timer timer) {
    backfill = BACKFILL.equals(timer.getInfo());
    try {
      if (backfill && kpi.computedSpan() != null) {
        return;
      }
      startOnOneInstance();
    } finally {
      backfill = false;
    }
  }
}
