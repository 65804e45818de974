package mx.gob.veracruz.common.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The {@code SCHEDULER_LEASE} rows; joins the caller's transaction ({@code SchedulerLeaseFacade}
 * gives each step its own, so a lease is visible to other instances at once).
 */
@ApplicationScoped
public class SchedulerLeaseRepository {
  @PersistenceContext(unitName = "veracruz")
  private EntityManager em;

  public boolean exists(String name) {
    return !em.createNativeQuery("SELECT 1 FROM SCHEDULER_LEASE WHERE NAME = ?")
        .setParameter(1, name)
        .getResultList()
        .isEmpty();
  }

  /**
   * Gives the lease to {@code holder} until {@code until} when it is free, expired at {@code now}
   * or already the holder's; one UPDATE, so two instances cannot both win. True when it did.
   */
  public boolean takeOver(String name, String holder, Instant now, Instant until) {
    return em.createNativeQuery(
                "UPDATE SCHEDULER_LEASE SET OWNER = ?, LEASE_UNTIL = ? WHERE NAME = ?"
                    + " AND (LEASE_UNTIL IS NULL OR LEASE_UNTIL < ? OR OWNER = ?)")
            .setParameter(1, holder)
            .setParameter(2, Timestamp.from(until))
            .setParameter(3, name)
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, holder)
            .executeUpdate()
        == 1;
  }

  public void release(String name, String holder) {
    em.createNativeQuery(
            "UPDATE SCHEDULER_LEASE SET LEASE_UNTIL = NULL WHERE NAME = ? AND OWNER = ?")
        .setParameter(1, name)
        .setParameter(2, holder)
        .executeUpdate();
  }

  public void create(String name) {
    em.createNativeQuery(
            "INSERT INTO SCHEDULER_LEASE (NAME, OWNER, LEASE_UNTIL) VALUES (?, NULL, NULL)")
        .setParameter(1, name)
        .executeUpdate();
  }
}
