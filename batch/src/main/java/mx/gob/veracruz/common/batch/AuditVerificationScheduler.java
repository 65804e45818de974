package mx.gob.veracruz.common.batch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import mx.gob.veracruz.common.CityClock;

/** Starts the nightly audit-chain check at 02:30 Veracruz time, on one instance. */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditVerificationScheduler extends OneInstanceJobScheduler {
  static final String JOB = "common-audit-verification";

  @Override
  protected String job() {
    return JOB;
  }

  @Schedule(hour = "2", minute = "30", timezone = CityClock.ZONE_ID, persistent = false)
  void nightly() {
    startOnOneInstance();
  }
}
