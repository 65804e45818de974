package mx.gob.veracruz.common;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes a scheduled task run on exactly one instance of a cluster: every instance's timer fires,
 * and only the one that wins the lease row in the shared database runs the task. A lease expires by
 * itself, so a crashed instance never blocks the others for longer than the lease.
 */
@Stateless
@PermitAll
public class SchedulerLeaseFacade {
  @Inject private mx.gob.veracruz.common.internal.SchedulerLeaseRepository leases;

  @Resource private SessionContext context;

  /** This instance's name in leases: Payara instance name and host. */
  public static String instanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "desconocido";
    }
    return System.getProperty("com.sun.aas.instanceName", "server") + "@" + host;
  }

  /** True when {@code holder} now holds the lease {@code name} until now + {@code duration}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean tryAcquire(String name, String holder, Duration duration) {
    if (!leases.exists(name)) {
      try {
        context.getBusinessObject(SchedulerLeaseFacade.class).create(name);
      } catch (EJBException raceLost) {
        // another instance created it at the same moment: fine, compete for it below
      }
    }
    Instant now = Instant.now();
    return leases.takeOver(name, holder, now, now.plus(duration));
  }

  /** Gives the lease up early (task finished), so a later run on any instance need not wait. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String name, String holder) {
    leases.release(name, holder);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String name) {
    leases.create(name);
  }
}
