package mx.gob.veracruz.predial.batch;

import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.veracruz.common.SchedulerLeaseFacade;
import mx.gob.veracruz.predial.GatewayEventsFacade;

/**
 * Applies gateway events that were stored but not applied (the server stopped between storing and
 * applying, or applying failed on an infrastructure error). Every two minutes, on one instance.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookRetryScheduler {
  static final String LEASE = "predial-webhook-retry";
  private static final Logger LOG = Logger.getLogger(WebhookRetryScheduler.class.getName());

  @Inject private SchedulerLeaseFacade leases;
  @Inject private GatewayEventsFacade events;

  @Schedule(hour = "*", minute = "*/2", persistent = false)
  void retry() {
    String me = SchedulerLeaseFacade.instanceId();
    if (!leases.tryAcquire(LEASE, me, Duration.ofMinutes(1))) {
      return;
    }
    for (String id : events.pending()) {
      try {
        events.apply(id);
      } catch (EJBException e) {
        LOG.log(Level.WARNING, "Aviso " + id + " aún no aplicable; se reintentará", e);
      }
    }
    leases.release(LEASE, me);
  }
}
