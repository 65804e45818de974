package mx.gob.veracruz.common;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes a scheduled task run on exactly one instance of a cluster: every instance's timer fires,
 * and only the one that wins the lease row in the shared database runs the task. A lease expires
 * by itself, so a crashed instance never blocks the others for longer than the lease.
 */
@Stateless
@PermitAll
public class SchedulerLeaseFacade {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

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
    if (em.createNativeQuery("SELECT 1 FROM SCHEDULER_LEASE WHERE NAME = ?").setParameter(1, name)
        .getResultList().isEmpty()) {
      try {
        context.getBusinessObject(SchedulerLeaseFacade.class).create(name);
      } catch (EJBException raceLost) {
        // another instance created it at the same moment: fine, compete for it below
      }
    }
    Instant now = Instant.now();
    return em.createNativeQuery("UPDATE SCHEDULER_LEASE SET OWNER = ?, LEASE_UNTIL = ? WHERE NAME = ?"
            + " AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ? OR OWNER = ?)")
        .setParameter(1, holder).setParameter(2, Timestamp.from(now.plus(duration)))
        .setParameter(3, name).setParameter(4, Timestamp.from(now)).setParameter(5, holder)
        .executeUpdate() == 1;
  }

  /** Gives the lease up early (task finished), so a later run on any instance need not wait. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(String name, String holder) {
    em.createNativeQuery("UPDATE SCHEDULER_LEASE SET LEASE_UNTIL = NULL WHERE NAME = ? AND OWNER = ?")
        .setParameter(1, name).setParameter(2, holder).executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String name) {
    em.createNativeQuery("INSERT INTO SCHEDULER_LEASE (NAME, OWNER, LEASE_UNTIL) VALUES (?, NULL, NULL)")
        .setParameter(1, name).executeUpdate();
  }
}
