package mx.gob.veracruz.tramites.batch;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import mx.gob.veracruz.common.CityClock;
import mx.gob.veracruz.common.SchedulerLeaseFacade;
import mx.gob.veracruz.tramites.TramitesBatchFacade;

/**
 * At 17:00 Veracruz time, reminds tomorrow's counter appointments, on one instance of a cluster
 * (the lease); an appointment is reminded once (its flag), so a second run sends nothing.
 */
@Singleton
public class CitaReminderScheduler {
  private static final Logger LOG = Logger.getLogger(CitaReminderScheduler.class.getName());
  static final String LEASE = "tramites-citas-recordatorios";

  @Inject private SchedulerLeaseFacade leases;
  @EJB private TramitesBatchFacade tramites;

  @Schedule(hour = "17", minute = "0", timezone = CityClock.ZONE_ID, persistent = false)
  void daily() {
    String me = SchedulerLeaseFacade.instanceId();
    if (!leases.tryAcquire(LEASE, me, Duration.ofHours(1))) {
      return;
    }
    int n = tramites.remindTomorrow();
    LOG.info(() -> "Recordatorios de citas de mañana enviados: " + n);
  }
}
