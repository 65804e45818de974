package mx.gob.veracruz.pavg.batch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.batch.OneInstanceJobScheduler;

/** Starts the PAVG retention purge at 03:40 Veracruz time, on one instance. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PavgRetentionScheduler extends OneInstanceJobScheduler {
  static final String JOB = "pavg-retention";

  @jakarta.inject.Inject private CityClock cityClock;

  /** Retention is counted to today (never ahead of it). */
  @Override
  protected java.util.Properties parameters() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("businessDate", cityClock.today().toString());
    return p;
  }

  @Override
  protected String job() {
    return JOB;
  }

  @Schedule(hour = "3", minute = "40", timezone = CityClock.ZONE_ID, persistent = false)
  void nightly() {
    startOnOneInstance();
  }
}
